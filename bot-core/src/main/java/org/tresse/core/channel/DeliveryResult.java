package org.tresse.core.channel;

import java.time.Duration;
import java.util.Objects;

/** What became of one attempt to deliver an outbound message. */
public sealed interface DeliveryResult {
    /** Delivered; {@code messageId} is the channel's id for it (for edits and replies), may be empty. */
    record Sent(String messageId) implements DeliveryResult {
        public Sent {
            messageId = messageId == null ? "" : messageId;
        }
    }

    /** The channel asked to wait exactly {@code wait} before trying again (HTTP 429, M_LIMIT_EXCEEDED). */
    record RetryAfter(Duration delay) implements DeliveryResult {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** A failure that may pass (network, 5xx): tried again with a growing delay. */
    record Transient(String reason) implements DeliveryResult {}

    /** A failure that won't pass (bot blocked, room gone, bad address): recorded, never retried. */
    record Permanent(String reason) implements DeliveryResult {}

    /**
     * The channel would not take the message's file (too large: HTTP 413, SMTP 552) and sent nothing:
     * the outbox sends the message again at once without the file, saying what the file's
     * {@code instead} says (a link to it).
     */
    record FileRefused(String reason) implements DeliveryResult {}

    static DeliveryResult sent(String messageId) {
        return new Sent(messageId);
    }
}
