package org.tresse.core.channel;

import java.util.Objects;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;

/**
 * One message for a connector to deliver, as read from the outbox.
 *
 * @param id          the outbox row id: stable across retries, a natural idempotency key
 * @param destination where it goes
 * @param content     what it says
 * @param attempt     1 for the first attempt
 */
public record Outbound(long id, Destination destination, Content content, int attempt) {
    public Outbound {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(content, "content");
    }
}
