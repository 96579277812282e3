package org.tresse.core.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.internal.EventStore;
import org.tresse.core.event.internal.RsvpStore;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.store.Handle;

/**
 * Answers to events (oui / non / peut-être), one per person and date, the latest counting. When
 * the places are taken, "yes" goes to the waiting list, first come first; a place freed goes to
 * the first waiting. Every method runs in the caller's transaction; refusals are {@link UserError}s.
 */
public final class Rsvps {
    private static final Logger log = LoggerFactory.getLogger(Rsvps.class);

    private final Clock clock;
    private final ZoneId zone;
    private final People people;
    private final EventStore events = new EventStore();
    private final RsvpStore store = new RsvpStore();

    public Rsvps(Clock clock, ZoneId zone, People people) {
        this.clock = clock;
        this.zone = zone;
        this.people = people;
    }

    /** Why this person may not answer this date now, if they may not. */
    public Optional<UserError> refusal(Handle handle, Occurrence occurrence, long personId, boolean verified) {
        Event event = occurrence.event();
        if (event.status() == EventStatus.CANCELLED || occurrence.cancelled()) {
            return Optional.of(new UserError("rsvp.annule", event.key(), event.title()));
        }
        if (event.status() != EventStatus.SCHEDULED) {
            return Optional.of(new UserError("rsvp.pas.programme", event.key()));
        }
        if (!occurrence.startsAt(zone).isAfter(clock.instant())) {
            return Optional.of(new UserError("rsvp.passe", event.key(), event.title()));
        }
        if (event.open()) {
            return Optional.empty();
        }
        if (!verified || !people.hasRole(handle, personId, Role.MEMBER, Optional.empty())) {
            return Optional.of(new UserError("rsvp.membres", event.key()));
        }
        return Optional.empty();
    }

    /** Records the person's answer for this date (replacing an earlier one). */
    public RsvpOutcome answer(Handle handle, Occurrence occurrence, long personId, boolean verified, Rsvp answer, String channel) {
        refusal(handle, occurrence, personId, verified).ifPresent(refused -> {
            throw refused;
        });
        Event event = occurrence.event();
        events.lock(handle, event.id());
        Instant now = clock.instant();
        Optional<RsvpStore.Row> before = store.find(handle, event.id(), occurrence.key(), personId);
        boolean hadPlace = before.filter(row -> row.answer() == Rsvp.YES && !row.waiting()).isPresent();
        if (before.filter(row -> row.answer() == answer).isPresent()) {
            RsvpStore.Row same = before.get();
            return new RsvpOutcome(answer, same.waiting(), position(handle, occurrence, personId), true, Optional.empty(),
                    placesLeft(handle, occurrence));
        }
        boolean waiting = answer == Rsvp.YES && event.capacity().isPresent()
                && store.taken(handle, event.id(), occurrence.key()) >= event.capacity().getAsInt();
        store.put(handle, event.id(), occurrence.key(), personId, answer, waiting, now, channel);
        Optional<Promotion> promoted = hadPlace ? promote(handle, occurrence).stream().findFirst() : Optional.empty();
        log.debug("Answer {} to event {} on {}", answer, event.id(), occurrence.key());
        return new RsvpOutcome(answer, waiting, waiting ? position(handle, occurrence, personId) : 0, false, promoted,
                placesLeft(handle, occurrence));
    }

    /** The person's answer for this date. */
    public Optional<Rsvp> current(Handle handle, Occurrence occurrence, long personId) {
        return store.find(handle, occurrence.event().id(), occurrence.key(), personId).map(RsvpStore.Row::answer);
    }

    /** Whether the person's "yes" is on the waiting list. */
    public boolean waiting(Handle handle, Occurrence occurrence, long personId) {
        return store.find(handle, occurrence.event().id(), occurrence.key(), personId).filter(RsvpStore.Row::waiting).isPresent();
    }

    public RsvpCounts counts(Handle handle, Occurrence occurrence) {
        return store.counts(handle, occurrence.event().id(), occurrence.key());
    }

    /** Who is expected on this date: yes (with a place) and maybe, by answer time. */
    public List<Long> expected(Handle handle, Occurrence occurrence) {
        return store.persons(handle, occurrence.event().id(), occurrence.key(), List.of(Rsvp.YES, Rsvp.MAYBE), false);
    }

    /** Who said yes and has a place on this date. */
    public List<Long> coming(Handle handle, Occurrence occurrence) {
        return store.persons(handle, occurrence.event().id(), occurrence.key(), List.of(Rsvp.YES), false);
    }

    /** Who answered this date, whatever they answered, waiting included. */
    public List<Long> answered(Handle handle, Occurrence occurrence) {
        return store.persons(handle, occurrence.event().id(), occurrence.key(), List.of(Rsvp.values()), true);
    }

    /** Who answered any date of the event from the occurrence's day on. */
    public List<Long> answeredFrom(Handle handle, Occurrence occurrence) {
        return store.answeredFrom(handle, occurrence.event().id(), occurrence.key());
    }

    /** Who answered any date of the event from {@code day} on. */
    public List<Long> answeredFrom(Handle handle, Event event, java.time.LocalDate day) {
        return store.answeredFrom(handle, event.id(), day);
    }

    /** Gives free places to the first waiting, as many as there are; returns them. */
    public List<Promotion> promote(Handle handle, Occurrence occurrence) {
        Event event = occurrence.event();
        List<Promotion> promoted = new ArrayList<>();
        int free = event.capacity().isPresent() ? event.capacity().getAsInt() - store.taken(handle, event.id(), occurrence.key())
                : Integer.MAX_VALUE;
        for (long personId : store.waiting(handle, event.id(), occurrence.key())) {
            if (free-- <= 0) {
                break;
            }
            store.setWaiting(handle, event.id(), occurrence.key(), personId, false);
            promoted.add(new Promotion(personId, occurrence));
        }
        return promoted;
    }

    public void merge(Handle handle, long from, long into) {
        store.merge(handle, from, into);
    }

    private int position(Handle handle, Occurrence occurrence, long personId) {
        return store.waiting(handle, occurrence.event().id(), occurrence.key()).indexOf(personId) + 1;
    }

    private OptionalInt placesLeft(Handle handle, Occurrence occurrence) {
        Event event = occurrence.event();
        return event.capacity().isPresent()
                ? OptionalInt.of(Math.max(0, event.capacity().getAsInt() - store.taken(handle, event.id(), occurrence.key())))
                : OptionalInt.empty();
    }
}
