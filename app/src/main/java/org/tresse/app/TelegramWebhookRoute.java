package org.tresse.app;

import java.nio.charset.StandardCharsets;
import org.tresse.connector.telegram.TelegramWebhook;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.web.WebFrontDoor;
import org.tresse.web.http.Reply;
import org.tresse.web.http.Routes;
import org.tresse.web.http.WebRequest;

/**
 * The Telegram webhook on the web front door's port: a POST route at the path of
 * {@code channels.telegram.webhook.url}, taking updates up to {@link TelegramWebhook#MAX_BODY}
 * (the forms keep their 64 KiB), answered with the status the connector's endpoint gives. The
 * telegram module knows nothing of the web, nor the web of Telegram: the app joins them here.
 */
final class TelegramWebhookRoute implements Feature {
    private final TelegramWebhook webhook;

    TelegramWebhookRoute(TelegramWebhook webhook) {
        this.webhook = webhook;
    }

    @Override
    public void contribute(Contributions to) {
        to.add(WebFrontDoor.ROUTES, this::register);
    }

    /** Adds the route; refuses a path a page already takes for POST. */
    void register(Routes table) {
        if (table.find("POST", webhook.path()).isPresent()) {
            throw new PathTaken(webhook.path());
        }
        table.post(webhook.path(), TelegramWebhook.MAX_BODY, this::receive);
    }

    private Reply receive(WebRequest request) {
        int status = webhook.receive(request.header(TelegramWebhook.SECRET_HEADER).orElse(null),
                request.body().getBytes(StandardCharsets.UTF_8), request.remoteAddress());
        return Reply.of(status, "text/plain; charset=utf-8", "").withHeader("Cache-Control", "no-store");
    }

    /** The webhook's path is a page's: the pages do not start; the terminal says what to change ({@link #said}). */
    static final class PathTaken extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String path;

        PathTaken(String path) {
            super("the Telegram webhook's path " + path + " is already a page's address");
            this.path = path;
        }

        String path() {
            return path;
        }

        /** What to change, in French then English. */
        String said() {
            return CliTexts.both("webhook.chemin.pris", path);
        }
    }
}
