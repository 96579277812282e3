package org.tresse.core.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tresse.core.lease.Lease;
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

    /**
     * A batch the channel fetched at once (a {@code getUpdates} answer): each event as by
     * {@link #receive(Inbound, Consumer)}, then {@code after} (the cursor past the whole batch, events
     * that carried nothing for Tresse included; null: none). Returns, once all of it is committed,
     * one receipt per arrival, in order: only then may the connector acknowledge the batch. An event
     * that fails is that event's problem, as with {@code receive}; only a {@link
     * org.tresse.core.store.StorageException} (the database is down) comes out, and then the
     * connector asks for the batch again. By default, one event after the other.
     */
    default List<Receipt> receiveAll(String channel, List<Arrival> arrivals, Cursor after) {
        List<Receipt> receipts = new ArrayList<>(arrivals.size());
        for (Arrival arrival : arrivals) {
            receipts.add(receive(arrival.inbound(), arrival.alongside()));
        }
        if (after != null) {
            saveCursor(channel, after);
        }
        return receipts;
    }

    /** The cursor last committed under {@code key} for {@code channel}. */
    Optional<String> cursor(String channel, String key);

    /** Commits a cursor alone, for events that carry nothing for Tresse (stickers, joins...). */
    void saveCursor(String channel, Cursor cursor);

    /**
     * Who consumes {@code account}'s updates (a bot's getUpdates, a Matrix sync, an IMAP folder):
     * only one instance at a time may. A connector awaits the lease before each round, acts on what
     * it fetched only if it still {@link Lease#holds holds} it, and reads its cursor again when the
     * term changes. Sinks with one consumer (tests) answer a lease always held.
     *
     * @param account the channel and the account, e.g. {@code telegram:123456789}
     */
    default Lease intake(String account) {
        return Lease.held("intake:" + account);
    }

    /**
     * A room of the channel got a new id (a Telegram group became a supergroup): what is attached
     * to it follows. Idempotent. Sinks that keep no rooms ignore it.
     */
    default void roomMoved(String channel, String fromRoom, String toRoom) {}
}
