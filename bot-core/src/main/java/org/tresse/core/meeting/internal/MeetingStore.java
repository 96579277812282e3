package org.tresse.core.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tresse.core.meeting.Meeting;
import org.tresse.core.meeting.MeetingNote;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The meeting, meeting_attendee, meeting_note and meeting_decision tables. */
public final class MeetingStore {
    public long open(Handle handle, long eventId, LocalDate day, long personId, Instant now) {
        return handle.insert("insert into meeting (event_id, occurrence, opened_at, opened_by, present_count, online_count) "
                + "values (?, ?, ?, ?, 0, 0)", eventId, day, now, personId);
    }

    public Optional<Meeting> find(Handle handle, long id) {
        return handle.one("select * from meeting where id = ?", row -> map(handle, row), id);
    }

    public Optional<Meeting> of(Handle handle, long eventId, LocalDate day) {
        return handle.one("select * from meeting where event_id = ? and occurrence = ?", row -> map(handle, row), eventId, day);
    }

    public List<Meeting> open(Handle handle) {
        List<Long> ids = handle.list("select id from meeting where closed_at is null order by id", row -> row.getLong(1));
        return ids.stream().map(id -> find(handle, id).orElseThrow()).toList();
    }

    /** The meetings opened in [since, until), in the order they were opened. */
    public List<Meeting> openedBetween(Handle handle, Instant since, Instant until) {
        List<Long> ids = handle.list("select id from meeting where opened_at >= ? and opened_at < ? order by opened_at, id",
                row -> row.getLong(1), since, until);
        return ids.stream().map(id -> find(handle, id).orElseThrow()).toList();
    }

    /** Locks the meeting's row, so that its counts and its close follow one another; false if closed. */
    public boolean lockOpen(Handle handle, long id) {
        return handle.one("select closed_at from meeting where id = ? for update", row -> row.getObject(1) == null, id).orElse(false);
    }

    public void attendance(Handle handle, long id, int present, List<Long> named, int online) {
        handle.update("update meeting set present_count = ?, online_count = ? where id = ?", present, online, id);
        handle.update("delete from meeting_attendee where meeting_id = ?", id);
        for (long person : named) {
            handle.insertIfAbsent("meeting_attendee", Columns.of("meeting_id", id).and("person_id", person), Columns.none());
        }
    }

    public void note(Handle handle, long id, String text, long authorId, Instant now) {
        handle.update("insert into meeting_note (meeting_id, text, author_id, created_at) values (?, ?, ?, ?)", id, text, authorId, now);
    }

    public List<MeetingNote> notes(Handle handle, long id) {
        return handle.list("select * from meeting_note where meeting_id = ? order by id",
                row -> new MeetingNote(row.getString("text"), row.getLong("author_id"), Handle.instant(row, "created_at")), id);
    }

    public void close(Handle handle, long id, List<Long> decisions, String minutes, Instant now) {
        for (long decision : decisions) {
            handle.insertIfAbsent("meeting_decision", Columns.of("meeting_id", id).and("decision_id", decision), Columns.none());
        }
        handle.update("update meeting set closed_at = ?, minutes = ? where id = ?", now, minutes, id);
    }

    public List<Long> decisions(Handle handle, long id) {
        return handle.list("select decision_id from meeting_decision where meeting_id = ? order by decision_id", row -> row.getLong(1), id);
    }

    /** The meeting whose minutes record this decision. */
    public Optional<Long> meetingOf(Handle handle, long decisionId) {
        return handle.one("select min(meeting_id) from meeting_decision where decision_id = ?", row -> {
            long id = row.getLong(1);
            return row.wasNull() ? null : id;
        }, decisionId);
    }

    public void merge(Handle handle, long from, long into) {
        handle.update("update meeting set opened_by = ? where opened_by = ?", into, from);
        handle.update("update meeting_note set author_id = ? where author_id = ?", into, from);
        handle.update("delete from meeting_attendee where person_id = ? and meeting_id in "
                + "(select meeting_id from meeting_attendee where person_id = ?)", from, into);
        handle.update("update meeting_attendee set person_id = ? where person_id = ?", into, from);
    }

    private static Meeting map(Handle handle, ResultSet row) throws SQLException {
        long id = row.getLong("id");
        List<Long> attendees = handle.list("select person_id from meeting_attendee where meeting_id = ? order by person_id",
                attendee -> attendee.getLong(1), id);
        return new Meeting(id, row.getLong("event_id"), row.getObject("occurrence", LocalDate.class), Handle.instant(row, "opened_at"),
                row.getLong("opened_by"), Optional.ofNullable(Handle.instant(row, "closed_at")), row.getInt("present_count"), attendees,
                row.getInt("online_count"), Optional.ofNullable(row.getString("minutes")));
    }
}
