package org.tresse.connector.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.core.store.StorageException;

/**
 * An inbound sink that behaves like the engine where the connector can tell (an event seen before
 * is a duplicate and stores no cursor) and records everything, for precise assertions.
 */
final class RecordingSink implements InboundSink {
    private final List<Inbound> calls = new CopyOnWriteArrayList<>();
    private final List<Inbound> processed = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, String> cursors = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String failOnText;
    private volatile String poison;

    @Override
    public Receipt receive(Inbound inbound) {
        calls.add(inbound);
        if (failuresLeft.get() > 0 && failuresLeft.getAndDecrement() > 0) {
            throw new StorageException("database down (test)", null);
        }
        if (failOnText != null && inbound.text().filter(failOnText::equals).isPresent()) {
            throw new StorageException("database down for this event (test)", null);
        }
        if (poison != null && inbound.text().orElse("").equals(poison)) {
            throw new StackOverflowError("poison (test)");
        }
        if (!seen.add(inbound.eventId())) {
            return Receipt.DUPLICATE;
        }
        inbound.cursor().ifPresent(cursor -> cursors.put(cursor.key(), cursor.value()));
        processed.add(inbound);
        return Receipt.PROCESSED;
    }

    @Override
    public Optional<String> cursor(String channel, String key) {
        return Optional.ofNullable(cursors.get(key));
    }

    @Override
    public void saveCursor(String channel, Cursor cursor) {
        cursors.put(cursor.key(), cursor.value());
    }

    /** The next {@code count} receives fail as if the database were down. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Every receive of a message with this text fails, until {@link #recover()}: install it before the message is sent. */
    void failOnText(String text) {
        failOnText = text;
    }

    /** Every receive of a text equal to {@code text} throws a {@link StackOverflowError}, like a poison message. */
    void poisonOn(String text) {
        poison = text;
    }

    void recover() {
        failOnText = null;
    }

    /** Events handled once each, in order. */
    List<Inbound> processed() {
        return List.copyOf(processed);
    }

    /** Every call, duplicates and failures included. */
    List<Inbound> calls() {
        return List.copyOf(calls);
    }

    /** As if the connector were new: its next sync is a first sync, with the rooms' whole state. */
    void forgetSyncToken() {
        cursors.remove(MatrixConnector.CURSOR_KEY);
    }

    Optional<String> syncToken() {
        return Optional.ofNullable(cursors.get(MatrixConnector.CURSOR_KEY));
    }

    List<String> texts() {
        return processed.stream().map(inbound -> inbound.text().orElse("?")).toList();
    }
}
