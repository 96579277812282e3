package org.tresse.core.event.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tresse.core.event.Rsvp;
import org.tresse.core.event.RsvpCounts;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The event_rsvp table: one answer per person and date of an event. */
public final class RsvpStore {
    /** An answer as stored. */
    public record Row(long personId, Rsvp answer, boolean waiting, Instant answeredAt) {}

    public Optional<Row> find(Handle handle, long eventId, LocalDate day, long personId) {
        return handle.one("select * from event_rsvp where event_id = ? and occurrence = ? and person_id = ?", RsvpStore::row,
                eventId, day, personId);
    }

    public void put(Handle handle, long eventId, LocalDate day, long personId, Rsvp answer, boolean waiting, Instant at, String channel) {
        handle.upsert("event_rsvp", Columns.of("event_id", eventId).and("occurrence", day).and("person_id", personId),
                Columns.of("answer", answer).and("waiting", waiting).and("answered_at", at).and("channel", channel));
    }

    public void setWaiting(Handle handle, long eventId, LocalDate day, long personId, boolean waiting) {
        handle.update("update event_rsvp set waiting = ? where event_id = ? and occurrence = ? and person_id = ?", waiting, eventId,
                day, personId);
    }

    /** Persons who have a place (said yes, not waiting). */
    public int taken(Handle handle, long eventId, LocalDate day) {
        return (int) handle.count("select count(*) from event_rsvp where event_id = ? and occurrence = ? and answer = 'YES' "
                + "and waiting = false", eventId, day);
    }

    /** The waiting list, first come first. */
    public List<Long> waiting(Handle handle, long eventId, LocalDate day) {
        return handle.list("select person_id from event_rsvp where event_id = ? and occurrence = ? and waiting = true "
                + "order by answered_at, person_id", row -> row.getLong(1), eventId, day);
    }

    public RsvpCounts counts(Handle handle, long eventId, LocalDate day) {
        int[] counts = new int[4];
        handle.list("select answer, waiting, count(*) from event_rsvp where event_id = ? and occurrence = ? group by answer, waiting",
                row -> {
                    Rsvp answer = Rsvp.valueOf(row.getString(1));
                    int index = row.getBoolean(2) ? 3 : answer.ordinal();
                    counts[index] += row.getInt(3);
                    return null;
                }, eventId, day);
        return new RsvpCounts(counts[Rsvp.YES.ordinal()], counts[Rsvp.MAYBE.ordinal()], counts[Rsvp.NO.ordinal()], counts[3]);
    }

    /** Who answered this date with one of {@code answers} (waiting included when asked), by answer time. */
    public List<Long> persons(Handle handle, long eventId, LocalDate day, List<Rsvp> answers, boolean withWaiting) {
        return handle.query("select person_id from event_rsvp where event_id = :event and occurrence = :day and answer in (:answers)"
                        + (withWaiting ? "" : " and waiting = false") + " order by answered_at, person_id")
                .bind("event", eventId).bind("day", day).bindList("answers", answers.stream().map(Enum::name).toList())
                .list(row -> row.getLong(1));
    }

    /** Who answered any date of the event from {@code from} on, whatever they answered. */
    public List<Long> answeredFrom(Handle handle, long eventId, LocalDate from) {
        return handle.list("select distinct person_id from event_rsvp where event_id = ? and occurrence >= ? order by person_id",
                row -> row.getLong(1), eventId, from);
    }

    /** Identity linking: {@code from}'s answers become {@code into}'s, where {@code into} had not answered that date. */
    public void merge(Handle handle, long from, long into) {
        handle.update("delete from event_rsvp where person_id = ? and exists (select 1 from event_rsvp other where "
                + "other.person_id = ? and other.event_id = event_rsvp.event_id and other.occurrence = event_rsvp.occurrence)", from, into);
        handle.update("update event_rsvp set person_id = ? where person_id = ?", into, from);
    }

    private static Row row(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Row(row.getLong("person_id"), Rsvp.valueOf(row.getString("answer")), row.getBoolean("waiting"),
                Handle.instant(row, "answered_at"));
    }
}
