package org.tresse.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dates of an event as they will happen: its rule's, with its exceptions applied (a moved
 * date at its new time, a cancelled one marked), in the order they happen.
 */
public final class Occurrences {
    private Occurrences() {}

    /** Occurrences whose rule's day is in [{@code from}, {@code to}], or that were moved into it. */
    public static List<Occurrence> between(Event event, LocalDate from, LocalDate to) {
        List<Occurrence> found = new ArrayList<>();
        List<LocalDateTime> starts = event.recurrence()
                .map(rule -> rule.between(event.start(), from.minusDays(Events.MAX_MOVE_DAYS), to.plusDays(Events.MAX_MOVE_DAYS)))
                .orElseGet(() -> List.of(event.start()));
        for (LocalDateTime ruleStart : starts) {
            Occurrence occurrence = apply(event, ruleStart);
            LocalDate day = occurrence.start().toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                found.add(occurrence);
            }
        }
        found.sort(Comparator.comparing(Occurrence::start));
        return found;
    }

    /** The occurrence whose rule's day is {@code key}, if the rule falls on it. */
    public static Optional<Occurrence> at(Event event, LocalDate key) {
        if (event.recurrence().isEmpty()) {
            return event.start().toLocalDate().equals(key) ? Optional.of(apply(event, event.start())) : Optional.empty();
        }
        return event.recurrence().get().between(event.start(), key, key).stream().findFirst().map(start -> apply(event, start));
    }

    /** The next occurrence not cancelled that ends after {@code now}. */
    public static Optional<Occurrence> next(Event event, Instant now, ZoneId zone) {
        return upcoming(event, now, zone, 1).stream().findFirst();
    }

    /** Up to {@code count} occurrences not cancelled that end after {@code now}, in order. */
    public static List<Occurrence> upcoming(Event event, Instant now, ZoneId zone, int count) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Occurrence> found = new ArrayList<>();
        for (int year = 0; year < 3 && found.size() < count; year++) {
            LocalDate from = today.plusYears(year);
            for (Occurrence occurrence : between(event, year == 0 ? today.minusDays(1) : from, from.plusYears(1).minusDays(1))) {
                if (!occurrence.cancelled() && occurrence.endsAt(zone).isAfter(now) && found.size() < count
                        && found.stream().noneMatch(known -> known.key().equals(occurrence.key()))) {
                    found.add(occurrence);
                }
            }
            if (event.recurrence().isEmpty()) {
                break;
            }
        }
        return found;
    }

    /** The last day the event happens on, if it ends (a single date, or a rule with an end). */
    public static Optional<LocalDate> lastDay(Event event) {
        if (event.recurrence().isEmpty()) {
            return Optional.of(event.start().toLocalDate());
        }
        return event.recurrence().get().until();
    }

    private static Occurrence apply(Event event, LocalDateTime ruleStart) {
        LocalDate key = ruleStart.toLocalDate();
        OccurrenceChange change = event.changes().get(key);
        if (change == null) {
            return new Occurrence(event, key, ruleStart, event.place(), event.cancelled(), false);
        }
        return new Occurrence(event, key, change.movedTo().orElse(ruleStart), change.place().or(event::place),
                event.cancelled() || change.cancelled(), change.movedTo().isPresent());
    }
}
