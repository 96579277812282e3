package org.tresse.core.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.event.internal.EventStore;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;

/**
 * When those who said yes or maybe are reminded of a date: at each configured delay before it
 * (the day before, two hours before). One scheduled job per event, always for its next reminder
 * moment; the event row keeps the moment reminders were sent up to, so that each is sent once,
 * in the transaction of its job — also when Tresse was stopped while it fell due, as long as the
 * date has not begun.
 */
public final class EventReminders {
    /** The job kind; its reference is the event's number. */
    public static final String JOB = "event.remind";
    private static final int LOOK_AHEAD = 3;

    private final Clock clock;
    private final ZoneId zone;
    private final Scheduler scheduler;
    private final List<Duration> delays;
    private final EventStore store = new EventStore();

    public EventReminders(Clock clock, ZoneId zone, Scheduler scheduler, EventRules rules) {
        this.clock = clock;
        this.zone = zone;
        this.scheduler = scheduler;
        this.delays = rules.reminders();
    }

    /** Plans the event's next reminder, replacing the one planned. */
    public void plan(Handle handle, Event event) {
        scheduler.cancel(handle, JOB, event.key());
        if (event.status() != EventStatus.SCHEDULED || delays.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant marker = store.remindedUntil(handle, event.id()).orElse(event.createdAt());
        Optional<Instant> next = Optional.empty();
        for (Occurrence occurrence : Occurrences.upcoming(event, now, zone, LOOK_AHEAD)) {
            Instant start = occurrence.startsAt(zone);
            if (!start.isAfter(now)) {
                continue;
            }
            for (Duration before : delays) {
                Instant moment = start.minus(before);
                if (moment.isAfter(marker) && (next.isEmpty() || moment.isBefore(next.get()))) {
                    next = Optional.of(moment);
                }
            }
        }
        next.ifPresent(moment -> scheduler.schedule(handle, JOB, event.key(), moment));
    }

    /**
     * The dates whose reminder fell due since the last ones were sent and that have not begun —
     * one each, even when two delays fell due while Tresse was stopped — marked sent; then plans
     * the next reminder. Call it in the job's transaction and send what it returns there.
     */
    public List<Occurrence> due(Handle handle, Event event) {
        Instant now = clock.instant();
        Instant marker = store.remindedUntil(handle, event.id()).orElse(event.createdAt());
        List<Occurrence> due = new ArrayList<>();
        if (event.status() == EventStatus.SCHEDULED) {
            for (Occurrence occurrence : Occurrences.upcoming(event, now, zone, LOOK_AHEAD)) {
                Instant start = occurrence.startsAt(zone);
                boolean fell = delays.stream().map(start::minus).anyMatch(moment -> moment.isAfter(marker) && !moment.isAfter(now));
                if (start.isAfter(now) && fell) {
                    due.add(occurrence);
                }
            }
        }
        store.reminded(handle, event.id(), now);
        plan(handle, event);
        return due;
    }
}
