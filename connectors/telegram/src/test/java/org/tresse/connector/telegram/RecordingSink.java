package org.tresse.connector.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;

/** An engine stand-in: keeps what it receives and the cursors; can fail like a database that is down. */
public final class RecordingSink implements InboundSink {
    public final List<Inbound> received = new CopyOnWriteArrayList<>();
    final Map<String, String> cursors = new ConcurrentHashMap<>();
    public final AtomicInteger failuresLeft = new AtomicInteger();
    final AtomicInteger receiveCalls = new AtomicInteger();
    /** Rooms the connector said moved, as {@code from -> to}. */
    final List<String> moves = new CopyOnWriteArrayList<>();
    volatile Runnable duringReceive = () -> {};
    /** Where the connector's bookkeeping for a received event goes, if anywhere (the engine writes it in its transaction). */
    volatile Database store;

    @Override
    public Receipt receive(Inbound inbound) {
        receiveCalls.incrementAndGet();
        duringReceive.run();
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new StorageException("database down", null);
        }
        if (received.stream().anyMatch(old -> old.eventId().equals(inbound.eventId()))) {
            return Receipt.DUPLICATE;
        }
        received.add(inbound);
        inbound.cursor().ifPresent(cursor -> cursors.put(cursor.key(), cursor.value()));
        return Receipt.PROCESSED;
    }

    @Override
    public Receipt receive(Inbound inbound, Consumer<Handle> alongside) {
        Receipt receipt = receive(inbound);
        if (receipt == Receipt.PROCESSED && store != null) {
            store.useTransaction(alongside);
        }
        return receipt;
    }

    @Override
    public void roomMoved(String channel, String fromRoom, String toRoom) {
        moves.add(channel + ":" + fromRoom + " -> " + toRoom);
    }

    @Override
    public Optional<String> cursor(String channel, String key) {
        return Optional.ofNullable(cursors.get(key));
    }

    @Override
    public void saveCursor(String channel, Cursor cursor) {
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new StorageException("database down", null);
        }
        cursors.put(cursor.key(), cursor.value());
    }

    List<String> eventIds() {
        return received.stream().map(Inbound::eventId).toList();
    }
}
