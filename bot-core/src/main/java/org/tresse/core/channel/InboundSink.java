package org.tresse.core.channel;

import java.util.Optional;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;

/**
 * Where a connector hands what it receives. {@link #receive} returns once the event, its cursor
 * and every reply are committed: only then may the connector acknowledge upstream.
 */
public interface InboundSink {
    Receipt receive(Inbound inbound);

    /** The cursor last committed under {@code key} for {@code channel}. */
    Optional<String> cursor(String channel, String key);

    /** Commits a cursor alone, for events that carry nothing for Tresse (stickers, joins...). */
    void saveCursor(String channel, Cursor cursor);

    /**
     * A room of the channel got a new id (a Telegram group became a supergroup): what is attached
     * to it follows. Idempotent. Sinks that keep no rooms ignore it.
     */
    default void roomMoved(String channel, String fromRoom, String toRoom) {}
}
