package org.tresse.web.security;

import org.tresse.web.http.Reply;
import org.tresse.web.http.ReplyFilter;
import org.tresse.web.http.WebRequest;

/**
 * The headers of every page: a strict Content-Security-Policy (this site's own styles and
 * images, no script at all, forms only to this site), no framing (but the embeddable fragment,
 * for the sites allowed), no referrer (a personal link must not leak through one), no sniffing.
 */
public final class SecurityHeaders implements ReplyFilter {
    /** Pages that others may show in an iframe. */
    public static final String EMBED_PATH = "/integrer";
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors ";

    private final String embedAncestors;

    /** @param embedAncestors who may frame {@link #EMBED_PATH}: origins separated by spaces, or {@code *} */
    public SecurityHeaders(String embedAncestors) {
        this.embedAncestors = embedAncestors == null || embedAncestors.isBlank() ? "*" : embedAncestors;
    }

    @Override
    public Reply apply(WebRequest request, Reply reply) {
        boolean embeddable = request.path().equals(EMBED_PATH);
        Reply secured = reply
                .withHeader("Content-Security-Policy", POLICY + (embeddable ? embedAncestors : "'none'"))
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer")
                .withHeader("Cross-Origin-Opener-Policy", "same-origin")
                .withHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (!embeddable) {
            secured = secured.withHeader("X-Frame-Options", "DENY");
        }
        if (!reply.headers().containsKey("Cache-Control")) {
            secured = secured.withHeader("Cache-Control", "no-cache");
        }
        return secured;
    }
}
