package org.tresse.core.channel;

import java.util.Optional;
import java.util.function.Consumer;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.core.store.Handle;

/**
 * Where a connector hands what it receives. {@link #receive} returns once the event, its cursor
 * and every reply are committed: only then may the connector acknowledge upstream.
 */
public interface InboundSink {
    Receipt receive(Inbound inbound);

    /**
     * {@link #receive(Inbound)}, with the connector's own bookkeeping for this event (what a reply
     * needs to quote it...) written in the same transaction, once, before the event is handled: no
     * commit of its own. A redelivered event runs it no more. A sink that keeps no database (a test's
     * stand-in) has no transaction to offer: by default it drops the bookkeeping.
     */
    default Receipt receive(Inbound inbound, Consumer<Handle> alongside) {
        return receive(inbound);
    }

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
