package org.tresse.core.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.event.Event;
import org.tresse.core.event.EventDraft;
import org.tresse.core.event.EventStatus;
import org.tresse.core.event.OccurrenceChange;
import org.tresse.core.event.Recurrence;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The event and event_exception tables. */
public final class EventStore {
    public long insert(Handle handle, EventDraft draft, EventStatus status, String uid, Instant now) {
        return handle.insert("insert into event (title, description, group_slug, place, starts_local, duration_minutes, recurrence, "
                        + "capacity, open_audience, status, partner_id, author_id, created_at, sequence_no, poll_id, uid) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                draft.title(), draft.description().orElse(null), draft.group().orElse(null), draft.place().orElse(null), draft.start(),
                (int) draft.duration().toMinutes(), draft.recurrence().map(Recurrence::stored).orElse(null),
                draft.capacity().isPresent() ? draft.capacity().getAsInt() : null, draft.open(), status,
                draft.partner().orElse(null), draft.authorId(), now, draft.pollId().orElse(null), uid);
    }

    public Optional<Event> find(Handle handle, long id) {
        return handle.one("select * from event where id = ?", row -> map(handle, row), id);
    }

    /** Events of these statuses, by first date. */
    public List<Event> withStatus(Handle handle, List<EventStatus> statuses) {
        List<Long> ids = handle.query("select id from event where status in (:statuses) order by starts_local, id")
                .bindList("statuses", statuses.stream().map(Enum::name).toList()).list(row -> row.getLong(1));
        return ids.stream().map(id -> find(handle, id).orElseThrow()).toList();
    }

    /** How many proposals by {@code authorId} wait for a coordinator; locks the author's row, so two at once count one another. */
    public long pendingProposals(Handle handle, long authorId) {
        handle.one("select id from person where id = ? for update", row -> row.getLong(1), authorId);
        return handle.count("select count(*) from event where status = ? and author_id = ?", EventStatus.PROPOSED.name(), authorId);
    }

    /** Locks the event's row until the end of the transaction (answers and changes follow one another). */
    public void lock(Handle handle, long id) {
        handle.one("select id from event where id = ? for update", row -> row.getLong(1), id);
    }

    public void update(Handle handle, Event event, Instant now) {
        handle.update("update event set title = ?, place = ?, starts_local = ?, duration_minutes = ?, capacity = ?, recurrence = ?, "
                        + "changed_at = ?, sequence_no = ? where id = ?",
                event.title(), event.place().orElse(null), event.start(), (int) event.duration().toMinutes(),
                event.capacity().isPresent() ? event.capacity().getAsInt() : null, event.recurrence().map(Recurrence::stored).orElse(null),
                now, event.sequence(), event.id());
    }

    public void setStatus(Handle handle, long id, EventStatus status, Optional<String> reason, Instant now) {
        handle.update("update event set status = ?, reason = ?, changed_at = ?, sequence_no = sequence_no + 1 where id = ?",
                status, reason.orElse(null), now, id);
    }

    public void putChange(Handle handle, long id, OccurrenceChange change, Instant now) {
        handle.upsert("event_exception", Columns.of("event_id", id).and("occurrence", change.occurrence()),
                Columns.of("cancelled", change.cancelled()).and("moved_to", change.movedTo().orElse(null))
                        .and("place", change.place().orElse(null)));
        handle.update("update event set changed_at = ?, sequence_no = sequence_no + 1 where id = ?", now, id);
    }

    /** A single event moved to another day: its answers and its agenda follow it. */
    public void rekey(Handle handle, long id, LocalDate from, LocalDate to) {
        handle.update("update event_rsvp set occurrence = ? where event_id = ? and occurrence = ?", to, id, from);
        handle.update("update agenda_item set occurrence = ? where event_id = ? and occurrence = ?", to, id, from);
    }

    public Optional<Instant> remindedUntil(Handle handle, long id) {
        return handle.one("select reminded_until from event where id = ? and reminded_until is not null",
                row -> Handle.instant(row, "reminded_until"), id);
    }

    public void reminded(Handle handle, long id, Instant until) {
        handle.update("update event set reminded_until = ? where id = ?", until, id);
    }

    public void moveAuthor(Handle handle, long from, long into) {
        handle.update("update event set author_id = ? where author_id = ?", into, from);
    }

    private static Event map(Handle handle, ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Integer capacity = (Integer) row.getObject("capacity");
        Object poll = row.getObject("poll_id");
        String recurrence = row.getString("recurrence");
        Map<LocalDate, OccurrenceChange> changes = new LinkedHashMap<>();
        for (OccurrenceChange change : handle.list("select * from event_exception where event_id = ? order by occurrence",
                EventStore::change, id)) {
            changes.put(change.occurrence(), change);
        }
        return new Event(id, row.getString("title"), Optional.ofNullable(row.getString("description")),
                Optional.ofNullable(row.getString("group_slug")), Optional.ofNullable(row.getString("place")),
                row.getObject("starts_local", LocalDateTime.class), Duration.ofMinutes(row.getInt("duration_minutes")),
                Optional.ofNullable(recurrence).map(Recurrence::parse),
                capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity), row.getBoolean("open_audience"),
                EventStatus.valueOf(row.getString("status")), Optional.ofNullable(row.getString("partner_id")), row.getLong("author_id"),
                Handle.instant(row, "created_at"), row.getInt("sequence_no"), Optional.ofNullable(row.getString("reason")),
                poll == null ? Optional.empty() : Optional.of(((Number) poll).longValue()), row.getString("uid"), changes);
    }

    private static OccurrenceChange change(ResultSet row) throws SQLException {
        return new OccurrenceChange(row.getObject("occurrence", LocalDate.class), row.getBoolean("cancelled"),
                Optional.ofNullable(row.getObject("moved_to", LocalDateTime.class)), Optional.ofNullable(row.getString("place")));
    }
}
