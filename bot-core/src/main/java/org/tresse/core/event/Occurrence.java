package org.tresse.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One date of an event (its only one, or one of a repeating event's), as it will happen.
 *
 * @param key       the day the rule gives: what answers and agendas are kept by, even if moved
 * @param start     when it starts, local time in the association's zone
 * @param place     where, if said
 * @param cancelled this date (or the whole event) is called off
 * @param moved     this date was moved from the rule's
 */
public record Occurrence(Event event, LocalDate key, LocalDateTime start, Optional<String> place, boolean cancelled, boolean moved) {
    public LocalDateTime end() {
        return start.plus(event.duration());
    }

    public Instant startsAt(ZoneId zone) {
        return start.atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return end().atZone(zone).toInstant();
    }

    /** The rule's start of this date: what a calendar's RECURRENCE-ID names. */
    public LocalDateTime ruleStart() {
        return key.atTime(event.start().toLocalTime());
    }
}
