package org.tresse.connector.email;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;

/** A sink that keeps what it receives, dedupes on event ids and stores cursors, like the engine. */
final class RecordingSink implements InboundSink {
    private final List<Inbound> received = new CopyOnWriteArrayList<>();
    private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> cursors = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    private volatile RuntimeException failure;
    private volatile String poison;

    @Override
    public Receipt receive(Inbound inbound) {
        RuntimeException planned = failure;
        if (planned != null) {
            throw planned;
        }
        calls.incrementAndGet();
        if (poison != null && inbound.text().orElse("").contains(poison)) {
            throw new StackOverflowError("poison (test)");
        }
        if (!eventIds.add(inbound.eventId())) {
            return Receipt.DUPLICATE;
        }
        received.add(inbound);
        inbound.cursor().ifPresent(cursor -> cursors.put(inbound.channel() + "/" + cursor.key(), cursor.value()));
        return Receipt.PROCESSED;
    }

    @Override
    public Optional<String> cursor(String channel, String key) {
        return Optional.ofNullable(cursors.get(channel + "/" + key));
    }

    @Override
    public void saveCursor(String channel, Cursor cursor) {
        cursors.put(channel + "/" + cursor.key(), cursor.value());
    }

    /** Makes every receive throw, as a database that is down. */
    void failWith(RuntimeException planned) {
        this.failure = planned;
    }

    /** Every receive of a text containing {@code text} throws a {@link StackOverflowError}, like a poison message. */
    void poisonOn(String text) {
        this.poison = text;
    }

    /** How many events were handed over, duplicates included. */
    int calls() {
        return calls.get();
    }

    List<Inbound> received() {
        return List.copyOf(received);
    }

    Inbound last() {
        return received.get(received.size() - 1);
    }

    String text(int index) {
        return received.get(index).text().orElseThrow();
    }

    Optional<String> cursor(String folder) {
        return cursor("email", "imap:" + folder);
    }
}
