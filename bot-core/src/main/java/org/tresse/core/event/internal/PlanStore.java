package org.tresse.core.event.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.event.EventDraft;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The event_plan table: an event to create when a date poll closes, at its best date. */
public final class PlanStore {
    public void put(Handle handle, long pollId, EventDraft draft, Instant now) {
        handle.upsert("event_plan", Columns.of("poll_id", pollId),
                Columns.of("title", draft.title()).and("group_slug", draft.group().orElse(null)).and("place", draft.place().orElse(null))
                        .and("duration_minutes", (int) draft.duration().toMinutes())
                        .and("capacity", draft.capacity().isPresent() ? draft.capacity().getAsInt() : null)
                        .and("open_audience", draft.open()).and("author_id", draft.authorId()).and("created_at", now)
                        .and("event_id", null));
    }

    /** The plan of a poll not yet turned into an event, as a draft dated at {@code placeholder}. */
    public Optional<EventDraft> pending(Handle handle, long pollId, LocalDateTime placeholder) {
        return handle.one("select * from event_plan where poll_id = ? and event_id is null", row -> {
            Integer capacity = (Integer) row.getObject("capacity");
            return new EventDraft(row.getString("title"), Optional.empty(), Optional.ofNullable(row.getString("group_slug")),
                    Optional.ofNullable(row.getString("place")), placeholder, Duration.ofMinutes(row.getInt("duration_minutes")),
                    Optional.empty(), capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity), row.getBoolean("open_audience"),
                    Optional.empty(), false, row.getLong("author_id"), Optional.of(pollId));
        }, pollId);
    }

    public void done(Handle handle, long pollId, long eventId) {
        handle.update("update event_plan set event_id = ? where poll_id = ?", eventId, pollId);
    }

    public void moveAuthor(Handle handle, long from, long into) {
        handle.update("update event_plan set author_id = ? where author_id = ?", into, from);
    }
}
