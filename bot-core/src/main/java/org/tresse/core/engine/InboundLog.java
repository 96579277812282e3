package org.tresse.core.engine;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tresse.core.message.Cursor;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/**
 * What arrived, once: the inbound log (one row per channel event, so a redelivered event is a
 * no-op) and each connector's cursor. Owned by the engine; other features read and scrub it
 * through these methods only.
 *
 * <p>The engine records an event once its handler is done, so an event the handler unlinks from
 * its sender (an anonymous voice) is never written with its sender, not even for the length of
 * the transaction: H2 writes every changed page, committed or not, whenever another transaction
 * commits, and stale pages stay readable in the file.
 */
public final class InboundLog {
    private final Clock clock;
    /** Events being handled, not yet recorded: channel + event id. */
    private final Set<String> handling = ConcurrentHashMap.newKeySet();
    /** Those of them whose handler asked that they keep no trace of their sender. */
    private final Set<String> unlinked = ConcurrentHashMap.newKeySet();

    public InboundLog(Clock clock) {
        this.clock = clock;
    }

    public boolean contains(Handle handle, String channel, String eventId) {
        return handle.count("select count(*) from inbound_log where channel = ? and event_id = ?", channel, eventId) > 0;
    }

    /**
     * Records the event once handled; {@code personId} is null when its sender could not even be
     * read. An event its handler unlinked ({@link #forget}) is not written at all: the cost, a channel
     * redelivering that very event would have it handled twice; the connectors commit their cursor in
     * the same transaction, so none does in practice.
     */
    void record(Handle handle, String channel, String eventId, Long personId) {
        handling.remove(key(channel, eventId));
        if (unlinked.remove(key(channel, eventId))) {
            return;
        }
        handle.update("insert into inbound_log (channel, event_id, person_id, received_at) values (?, ?, ?, ?)",
                channel, eventId, personId, clock.instant());
    }

    /** The engine starts handling the event: it is recorded by {@link #record} once handled. */
    void handling(String channel, String eventId) {
        handling.add(key(channel, eventId));
    }

    /** The engine is done with the event, recorded or rolled back. */
    void done(String channel, String eventId) {
        handling.remove(key(channel, eventId));
        unlinked.remove(key(channel, eventId));
    }

    /** The handler of the event was refused or failed: what it asked is undone, the event is recorded as any. */
    void keepLinked(String channel, String eventId) {
        unlinked.remove(key(channel, eventId));
    }

    private static String key(String channel, String eventId) {
        return channel + '\n' + eventId;
    }

    /** The channel the person last wrote from. */
    public Optional<String> lastChannel(Handle handle, long personId) {
        return handle.one("select channel from inbound_log where person_id = ? order by received_at desc fetch first 1 rows only",
                row -> row.getString(1), personId);
    }

    /** Whether the person wrote anything, ever (an event not yet forgotten). */
    public boolean anyFrom(Handle handle, long personId) {
        return handle.count("select count(*) from inbound_log where person_id = ?", personId) > 0;
    }

    /**
     * Unlinks an event from its sender (an anonymous voice). The event being handled is then never
     * written; an earlier one is deleted, so not even its place among the rows is left.
     */
    public void forget(Handle handle, String channel, String eventId) {
        if (handling.contains(key(channel, eventId))) {
            unlinked.add(key(channel, eventId));
            return;
        }
        handle.update("delete from inbound_log where channel = ? and event_id = ?", channel, eventId);
    }

    /** Identity linking: the events of {@code from} become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        handle.update("update inbound_log set person_id = ? where person_id = ?", into, from);
    }

    public Optional<String> cursor(Handle handle, String channel, String key) {
        return handle.one("select cursor_value from connector_cursor where channel = ? and cursor_key = ?",
                row -> row.getString(1), channel, key);
    }

    public void saveCursor(Handle handle, String channel, Cursor cursor) {
        handle.upsert("connector_cursor", Columns.of("channel", channel).and("cursor_key", cursor.key()),
                Columns.of("cursor_value", cursor.value()).and("updated_at", clock.instant()));
    }
}
