package org.tresse.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the webhook does with one request Telegram posted, whatever server carries it: the secret
 * token checked in constant time, the body read as an update and handed over. The answer is 200
 * only once the update is committed; a failure answers 500 and Telegram sends the update again
 * (the engine drops a repeat).
 */
public final class WebhookReceiver {
    private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

    private final UpdateHandler handler;
    private final BotApi api;
    private final byte[] secret;
    private final int maxBody;
    private volatile boolean refusedOnce;

    public WebhookReceiver(UpdateHandler handler, BotApi api, String secret, int maxBody) {
        this.handler = handler;
        this.api = api;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.maxBody = maxBody;
    }

    /** The HTTP status to answer: 200, 400 (malformed), 401 (wrong secret), 413 (too large) or 500 (not stored). */
    public int receive(String givenSecret, byte[] body, String from) {
        if (givenSecret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            refused(from);
            return 401;
        }
        if (body.length > maxBody) {
            log.warn("Telegram webhook: a request over {} bytes was refused", maxBody);
            return 413;
        }
        JsonNode update;
        try {
            update = api.json().readTree(body);
        } catch (IOException e) {
            log.warn("Telegram webhook: malformed JSON refused: {}", api.redactor().describe(e));
            return 400;
        }
        long updateId = update == null ? -1 : update.path("update_id").asLong(-1);
        if (updateId < 0) {
            log.warn("Telegram webhook: an update without update_id was refused");
            return 400;
        }
        try {
            handler.handle(update, updateId);
        } catch (RuntimeException | Error e) {
            log.error("Telegram update {} could not be stored; Telegram will send it again: {}",
                    updateId, api.redactor().describe(e));
            return 500;
        }
        return 200;
    }

    private void refused(String from) {
        if (!refusedOnce) {
            refusedOnce = true;
            log.warn("Telegram webhook: a request from {} without the right secret token was refused "
                    + "(further refusals are logged at debug level)", from);
        } else {
            log.debug("Telegram webhook: request from {} refused: wrong secret token", from);
        }
    }
}
