package org.tresse.connector.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.connector.telegram.internal.WebhookReceiver;

/**
 * The Telegram webhook as an endpoint for whichever HTTP server carries it (the app mounts it on
 * the web front door's port, at {@link #path()}, for POST requests of at most {@link #MAX_BODY}
 * bytes): hand it the {@value #SECRET_HEADER} header and the body, answer the status it returns.
 * It speaks no HTTP library: status codes only.
 *
 * <p>200 once the update is committed; 400 for malformed JSON or an update without
 * {@code update_id}; 401 without the right secret token (checked in constant time, the first
 * refusal logged at warn, the next at debug); 413 over {@link #MAX_BODY}; 500 when it could not be
 * stored and 503 while the connector is not started: Telegram sends the update again.
 */
public final class TelegramWebhook {
    /** The header Telegram sends the secret token in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** The largest update accepted: an update can exceed a web form's limit (a long message, a poll). */
    public static final int MAX_BODY = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final String path;
    private volatile WebhookReceiver receiver;

    TelegramWebhook(String path) {
        this.path = path;
    }

    /** The local path to serve: the path of {@code channels.telegram.webhook.url}. */
    public String path() {
        return path;
    }

    /**
     * Receives one request Telegram posted.
     *
     * @param secretHeader the {@value #SECRET_HEADER} header, null when absent
     * @param body         the request body (the server reads at most {@link #MAX_BODY} + 1 bytes)
     * @param from         the client's address, for the log of a refusal
     * @return the HTTP status to answer
     */
    public int receive(String secretHeader, byte[] body, String from) {
        WebhookReceiver current = receiver;
        if (current == null) {
            log.debug("Telegram webhook: a request came while the connector is not started; Telegram will send it again");
            return 503;
        }
        return current.receive(secretHeader, body, from);
    }

    void open(WebhookReceiver started) {
        receiver = started;
    }

    void close() {
        receiver = null;
    }
}
