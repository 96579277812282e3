package org.tresse.core.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.internal.EventStore;
import org.tresse.core.event.internal.PlanStore;
import org.tresse.core.store.Handle;

/**
 * Events and the shared village agenda: creating (checked by {@link EventChecks}), changing,
 * cancelling a date or all, partners' submissions and their approval, the agenda of what is
 * coming, and the events planned to follow a date poll. Every method runs in the caller's
 * transaction; refusals are {@link UserError}s.
 */
public final class Events {
    /** The texts of the events' domain words and refusals. */
    public static final String BUNDLE = "org.tresse.core.event.texts";
    /** How far a date of a repeating event may be moved from the day its rule gives. */
    public static final int MAX_MOVE_DAYS = 31;
    /** Proposals one sender may have waiting for a coordinator: more would flood the coordination. */
    public static final int MAX_PENDING_PROPOSALS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final Clock clock;
    private final ZoneId zone;
    private final EventRules rules;
    private final Rsvps rsvps;
    private final EventReminders reminders;
    private final EventChecks checks;
    private final EventStore store = new EventStore();
    private final PlanStore plans = new PlanStore();

    public Events(Clock clock, ZoneId zone, EventRules rules, Rsvps rsvps, EventReminders reminders) {
        this.clock = clock;
        this.zone = zone;
        this.rules = rules;
        this.rsvps = rsvps;
        this.reminders = reminders;
        this.checks = new EventChecks(rules, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public EventRules rules() {
        return rules;
    }

    /**
     * Checks and records an event (a partner's submission waits for approval, and a sender has at
     * most {@link #MAX_PENDING_PROPOSALS} waiting); plans its reminders.
     */
    public Event create(Handle handle, EventDraft draft) {
        Instant now = clock.instant();
        EventDraft checked = checks.draft(draft, now);
        if (checked.proposed() && store.pendingProposals(handle, checked.authorId()) >= MAX_PENDING_PROPOSALS) {
            log.info("Proposal refused: person {} has {} waiting already", checked.authorId(), MAX_PENDING_PROPOSALS);
            throw new UserError("evenement.propositions.trop", MAX_PENDING_PROPOSALS);
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String uid = HexFormat.of().formatHex(random) + "@tresse";
        long id = store.insert(handle, checked, checked.proposed() ? EventStatus.PROPOSED : EventStatus.SCHEDULED, uid, now);
        Event event = store.find(handle, id).orElseThrow();
        reminders.plan(handle, event);
        log.info("Event {} {} ({})", id, checked.proposed() ? "proposed" : "created", event.repeats() ? "repeating" : "single");
        return event;
    }

    public Optional<Event> find(Handle handle, long id) {
        return store.find(handle, id);
    }

    /** The event numbered {@code key} as people type it, or a refusal. */
    public Event get(Handle handle, String key) {
        String number = key.startsWith("#") ? key.substring(1) : key;
        if (!number.matches("\\d{1,12}")) {
            throw new UserError("evenement.numero", key);
        }
        return store.find(handle, Long.parseLong(number)).orElseThrow(() -> new UserError("evenement.inconnu", number));
    }

    /** The date of the event on {@code day} (the rule's day, or where it was moved), or its next one. */
    public Occurrence occurrence(Event event, Optional<LocalDate> day) {
        Instant now = clock.instant();
        if (day.isEmpty()) {
            return Occurrences.next(event, now, zone).orElseThrow(() -> event.cancelled()
                    ? new UserError("rsvp.annule", event.key(), event.title()) : new UserError("evenement.termine", event.key(), event.title()));
        }
        Optional<Occurrence> exact = Occurrences.at(event, day.get());
        if (exact.isPresent()) {
            return exact.get();
        }
        return Occurrences.between(event, day.get(), day.get()).stream().findFirst()
                .orElseThrow(() -> new UserError("evenement.date.absente", event.key(), day.get(), nextDays(event, now)));
    }

    private String nextDays(Event event, Instant now) {
        List<String> days = Occurrences.upcoming(event, now, zone, 3).stream().map(occurrence -> occurrence.start().toLocalDate().toString())
                .toList();
        return days.isEmpty() ? "—" : String.join(", ", days);
    }

    /**
     * The dates happening in [{@code from}, {@code to}) of scheduled events (cancelled ones too,
     * marked), of one group if given, public ones only unless {@code membersToo}, by start.
     */
    public List<Occurrence> agenda(Handle handle, Instant from, Instant to, Optional<String> group, boolean membersToo) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        List<Occurrence> found = new ArrayList<>();
        for (Event event : store.withStatus(handle, List.of(EventStatus.SCHEDULED, EventStatus.CANCELLED))) {
            if ((group.isPresent() && !event.group().equals(group)) || (!event.open() && !membersToo)) {
                continue;
            }
            for (Occurrence occurrence : Occurrences.between(event, first, last)) {
                Instant start = occurrence.startsAt(zone);
                if (occurrence.endsAt(zone).isAfter(from) && start.isBefore(to)) {
                    found.add(occurrence);
                }
            }
        }
        found.sort(Comparator.comparing((Occurrence occurrence) -> occurrence.startsAt(zone)).thenComparing(o -> o.event().id()));
        return found;
    }

    /** Every event on the agenda (scheduled or cancelled), by first date: for the calendar feeds. */
    public List<Event> listed(Handle handle) {
        return store.withStatus(handle, List.of(EventStatus.SCHEDULED, EventStatus.CANCELLED));
    }

    /** Partners' submissions waiting for a coordinator. */
    public List<Event> proposals(Handle handle) {
        return store.withStatus(handle, List.of(EventStatus.PROPOSED));
    }

    /** Changes the title, time, length, place or places of an event; gives new places to the waiting. */
    public EventChanged change(Handle handle, Event event, EventChange change) {
        refuseUnlessScheduled(event);
        if (change.isEmpty()) {
            throw new UserError("evenement.modifier.vide", event.key());
        }
        store.lock(handle, event.id());
        Instant now = clock.instant();
        Event after = checks.changed(event, change, now);
        boolean timeOrPlace = !after.start().equals(event.start()) || !after.place().equals(event.place())
                || !after.duration().equals(event.duration());
        Event stored = new Event(after.id(), after.title(), after.description(), after.group(), after.place(), after.start(),
                after.duration(), after.recurrence(), after.capacity(), after.open(), after.status(), after.partner(), after.authorId(),
                after.createdAt(), event.sequence() + 1, after.reason(), after.pollId(), after.uid(), after.changes());
        store.update(handle, stored, now);
        if (!event.repeats() && !after.start().toLocalDate().equals(event.start().toLocalDate())) {
            store.rekey(handle, event.id(), event.start().toLocalDate(), after.start().toLocalDate());
        }
        Event reread = store.find(handle, event.id()).orElseThrow();
        List<Promotion> promoted = new ArrayList<>();
        for (Occurrence occurrence : Occurrences.upcoming(reread, now, zone, 3)) {
            promoted.addAll(rsvps.promote(handle, occurrence));
        }
        reminders.plan(handle, reread);
        return new EventChanged(event, reread, timeOrPlace, promoted);
    }

    /** Calls the whole event off. */
    public Event cancel(Handle handle, Event event, Optional<String> reason) {
        refuseUnlessScheduled(event);
        store.setStatus(handle, event.id(), EventStatus.CANCELLED, reason, clock.instant());
        Event cancelled = store.find(handle, event.id()).orElseThrow();
        reminders.plan(handle, cancelled);
        return cancelled;
    }

    /** Calls one date of a repeating event off (an exception); for a single date, the event. */
    public Event cancelOccurrence(Handle handle, Occurrence occurrence) {
        Event event = occurrence.event();
        refuseUnlessScheduled(event);
        if (!event.repeats()) {
            return cancel(handle, event, Optional.empty());
        }
        if (occurrence.cancelled()) {
            throw new UserError("evenement.date.deja.annulee", event.key(), occurrence.key());
        }
        store.putChange(handle, event.id(), new OccurrenceChange(occurrence.key(), true, Optional.empty(),
                event.changes().containsKey(occurrence.key()) ? event.changes().get(occurrence.key()).place() : Optional.empty()),
                clock.instant());
        Event changed = store.find(handle, event.id()).orElseThrow();
        reminders.plan(handle, changed);
        return changed;
    }

    /** Moves one date of a repeating event (an exception), to another time and maybe another place. */
    public Event moveOccurrence(Handle handle, Occurrence occurrence, LocalDateTime to, Optional<String> place) {
        Event event = occurrence.event();
        refuseUnlessScheduled(event);
        if (!event.repeats()) {
            throw new UserError("evenement.deplacer.unique", event.key());
        }
        Optional<String> where = checks.place(place, false);
        checks.future(to, clock.instant());
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(occurrence.key(), to.toLocalDate())) > MAX_MOVE_DAYS) {
            throw new UserError("evenement.deplacer.loin", MAX_MOVE_DAYS);
        }
        store.putChange(handle, event.id(), new OccurrenceChange(occurrence.key(), false, Optional.of(to), where), clock.instant());
        Event changed = store.find(handle, event.id()).orElseThrow();
        reminders.plan(handle, changed);
        return changed;
    }

    /** A partner's submission goes on the agenda. */
    public Event approve(Handle handle, Event event) {
        refuseUnlessProposed(event);
        store.setStatus(handle, event.id(), EventStatus.SCHEDULED, Optional.empty(), clock.instant());
        Event approved = store.find(handle, event.id()).orElseThrow();
        reminders.plan(handle, approved);
        return approved;
    }

    public Event decline(Handle handle, Event event, Optional<String> reason) {
        refuseUnlessProposed(event);
        store.setStatus(handle, event.id(), EventStatus.DECLINED, reason, clock.instant());
        return store.find(handle, event.id()).orElseThrow();
    }

    /** An event to create when the date poll {@code pollId} closes, at its best date (its date is checked then). */
    public void plan(Handle handle, long pollId, EventDraft draft) {
        plans.put(handle, pollId, checks.shape(draft), clock.instant());
    }

    /** Whether an event waits for this date poll to close. */
    public boolean planned(Handle handle, long pollId) {
        return plans.pending(handle, pollId, LocalDateTime.MIN).isPresent();
    }

    /**
     * Creates the event planned for a date poll, at {@code best}, if one was planned and that date is
     * still to come; empty otherwise. Never refuses: a date poll's close must not fail because of it.
     */
    public Optional<Event> fromDatePoll(Handle handle, long pollId, LocalDateTime best) {
        Optional<EventDraft> plan = plans.pending(handle, pollId, best);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        try {
            Event event = handle.withSavepoint(() -> create(handle, plan.get()));
            plans.done(handle, pollId, event.id());
            return Optional.of(event);
        } catch (UserError refused) {
            log.info("Date poll {}: the planned event was not created ({})", pollId, refused.key());
            return Optional.empty();
        }
    }

    /** Identity linking: the events, answers and plans of {@code from} become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        store.moveAuthor(handle, from, into);
        plans.moveAuthor(handle, from, into);
        rsvps.merge(handle, from, into);
    }

    private static void refuseUnlessScheduled(Event event) {
        if (event.status() == EventStatus.CANCELLED) {
            throw new UserError("evenement.deja.annule", event.key(), event.title());
        }
        if (event.status() != EventStatus.SCHEDULED) {
            throw new UserError("rsvp.pas.programme", event.key());
        }
    }

    private static void refuseUnlessProposed(Event event) {
        if (event.status() != EventStatus.PROPOSED) {
            throw new UserError("evenement.pas.propose", event.key());
        }
    }
}
