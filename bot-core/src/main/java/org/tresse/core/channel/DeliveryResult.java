package org.tresse.core.channel;

import java.time.Duration;
import java.util.Objects;

/**
 * What became of one attempt to deliver an outbound message. A failure says why as a
 * {@link DeliveryFailure} (a reason and a figure), never in the service's own words.
 */
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
    record Transient(DeliveryFailure reason) implements DeliveryResult {
        public Transient {
            Objects.requireNonNull(reason, "reason");
        }

        public Transient(DeliveryFailure.Reason reason) {
            this(DeliveryFailure.of(reason));
        }
    }

    /** A failure that won't pass (bot blocked, room gone, bad address): recorded, never retried. */
    record Permanent(DeliveryFailure reason) implements DeliveryResult {
        public Permanent {
            Objects.requireNonNull(reason, "reason");
        }

        public Permanent(DeliveryFailure.Reason reason) {
            this(DeliveryFailure.of(reason));
        }
    }

    /**
     * The channel would not take the message's file (too large: HTTP 413, SMTP 552) and sent nothing:
     * the outbox sends the message again at once without the file, saying what the file's
     * {@code instead} says (a link to it).
     */
    record FileRefused(DeliveryFailure reason) implements DeliveryResult {
        public FileRefused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static DeliveryResult sent(String messageId) {
        return new Sent(messageId);
    }
}
