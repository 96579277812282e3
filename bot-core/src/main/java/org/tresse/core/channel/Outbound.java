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
 * @param leavesNoTrace the message must leave nothing behind once sent (the receipt of an
 *                    anonymous voice or a secret answer): the connector keeps no bookkeeping of it
 *                    that names whom it went to
 */
public record Outbound(long id, Destination destination, Content content, int attempt, boolean leavesNoTrace) {
    public Outbound {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(content, "content");
    }

    /** A message the connector may keep track of. */
    public Outbound(long id, Destination destination, Content content, int attempt) {
        this(id, destination, content, attempt, false);
    }
}
