package org.tresse.core.message;

import java.util.Objects;

/**
 * A connector's position in its channel's stream (a Telegram offset, a Matrix {@code next_batch},
 * an IMAP mailbox's UIDVALIDITY and UID), stored under a key of the connector's choosing.
 */
public record Cursor(String key, String value) {
    public Cursor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
