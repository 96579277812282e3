package org.tresse.web.page;

import java.util.Optional;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.RateLimiter;

/**
 * The checks every form goes through before anything is done: the address's rate (429), the
 * form token (403), the honeypot (a robot gets a thank-you and nothing happens).
 */
public final class Guard {
    public static final String HONEYPOT = "site_web";

    private final Pages pages;
    private final RateLimiter forms;
    private final RateLimiter links;

    public Guard(Pages pages, RateLimiter forms, RateLimiter links) {
        this.pages = pages;
        this.forms = forms;
        this.links = links;
    }

    /** A refusal for this form, or empty when it may be handled. */
    public Optional<Reply> form(WebRequest request) {
        String key = "form:" + request.remoteAddress();
        if (!forms.tryAcquire(key)) {
            return Optional.of(pages.tooMany(request, forms.retryAfterSeconds(key)));
        }
        if (!pages.csrf().verify(request)) {
            return Optional.of(pages.page(403, request));
        }
        return Optional.empty();
    }

    /** A refusal for a personal link or an unsubscribe link tried too often from one address. */
    public Optional<Reply> link(WebRequest request) {
        String key = "link:" + request.remoteAddress();
        if (!links.tryAcquire(key)) {
            return Optional.of(pages.tooMany(request, links.retryAfterSeconds(key)));
        }
        return Optional.empty();
    }

    /** Whether a robot filled the field people never see. */
    public static boolean isRobot(WebRequest request) {
        return request.form(HONEYPOT).map(value -> !value.isBlank()).orElse(false);
    }
}
