package org.tresse.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.tresse.core.message.Cursor;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/**
 * What arrived, once: the inbound log (one row per channel event, so a redelivered event is a
 * no-op) and each connector's cursor. Owned by the engine; other features read and scrub it
 * through these methods only.
 */
public final class InboundLog {
    private final Clock clock;

    public InboundLog(Clock clock) {
        this.clock = clock;
    }

    public boolean contains(Handle handle, String channel, String eventId) {
        return handle.count("select count(*) from inbound_log where channel = ? and event_id = ?", channel, eventId) > 0;
    }

    /** Records the event; {@code personId} is null when its sender could not even be read. */
    void record(Handle handle, String channel, String eventId, Long personId) {
        handle.update("insert into inbound_log (channel, event_id, person_id, received_at) values (?, ?, ?, ?)",
                channel, eventId, personId, clock.instant());
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
     * Unlinks an event from its sender (an anonymous voice): no person, the day only, and a
     * random id in place of the channel's, which can name the chat.
     */
    public void forget(Handle handle, String channel, String eventId, Instant dayStart) {
        handle.update("update inbound_log set person_id = null, received_at = ?, event_id = ? where channel = ? and event_id = ?",
                dayStart, "anonymous-" + UUID.randomUUID(), channel, eventId);
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
