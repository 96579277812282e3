package org.tresse.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An event as stored: a single date, or a first date and a rule with its exceptions.
 *
 * @param group     the project group it belongs to; empty for the whole association
 * @param start     the first date, local time in the association's zone
 * @param capacity  how many may say yes; the next go to the waiting list
 * @param open      public: in the public feeds, anyone may answer; otherwise members only
 * @param partner   the partner association it is credited to
 * @param sequence  bumped at each change of time, place or status (iCalendar's SEQUENCE)
 * @param reason    why it was cancelled or declined
 * @param pollId    the date poll it was created from
 * @param uid       the calendars' stable identifier
 * @param changes   the exceptions of a repeating event, by the day the rule gives
 */
public record Event(
        long id,
        String title,
        Optional<String> description,
        Optional<String> group,
        Optional<String> place,
        LocalDateTime start,
        Duration duration,
        Optional<Recurrence> recurrence,
        OptionalInt capacity,
        boolean open,
        EventStatus status,
        Optional<String> partner,
        long authorId,
        Instant createdAt,
        int sequence,
        Optional<String> reason,
        Optional<Long> pollId,
        String uid,
        Map<LocalDate, OccurrenceChange> changes) {

    public Event {
        changes = Map.copyOf(changes);
    }

    /** The number people type. */
    public String key() {
        return String.valueOf(id);
    }

    public boolean repeats() {
        return recurrence.isPresent();
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }
}
