package org.tresse.web.page;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tresse.core.i18n.Texts;
import org.tresse.web.Unsubscribe;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.view.Message;

/**
 * {@code /desabonnement/{token}} (and {@code /desabonnement?token=}, the form the email connector
 * writes): a GET shows a page with a button; a POST unsubscribes at once, with no confirmation and
 * no form token, as RFC 8058's one-click asks (the mail provider posts
 * {@code List-Unsubscribe=One-Click}); the token itself is the proof.
 */
public final class UnsubscribePage {
    private static final Pattern TOKEN = Pattern.compile("[a-z2-7]{16}");

    private final Pages pages;
    private final Guard guard;
    private final Unsubscribe unsubscribe;

    public UnsubscribePage(Pages pages, Guard guard, Unsubscribe unsubscribe) {
        this.pages = pages;
        this.guard = guard;
        this.unsubscribe = unsubscribe;
    }

    public Reply show(WebRequest request) {
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            return unknown(request);
        }
        return pages.render(request, 200, pages.texts(request).get("desabonnement.titre"), "unsubscribe.jte",
                Map.of("action", "/desabonnement/" + token.get())).withHeader("Cache-Control", "no-store");
    }

    public Reply post(WebRequest request) {
        Optional<Reply> refused = guard.link(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            return unknown(request);
        }
        Texts t = pages.texts(request);
        return switch (unsubscribe.unsubscribe(token.get())) {
            case DONE -> pages.message(request, 200, Message.of(t.get("desabonnement.fait.titre"), t.get("desabonnement.fait")));
            case NOTHING_LEFT -> pages.message(request, 200, Message.of(t.get("desabonnement.fait.titre"), t.get("desabonnement.deja")));
            case UNKNOWN -> unknown(request);
        };
    }

    private static Optional<String> token(WebRequest request) {
        Optional<String> token = request.path().equals("/desabonnement") ? request.query("token") : Optional.of(request.pathParam("token"));
        return token.map(String::strip).filter(value -> TOKEN.matcher(value).matches());
    }

    private Reply unknown(WebRequest request) {
        Texts t = pages.texts(request);
        return pages.message(request, 404, Message.of(t.get("desabonnement.inconnu.titre"), t.get("desabonnement.inconnu")));
    }
}
