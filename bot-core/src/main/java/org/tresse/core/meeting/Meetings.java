package org.tresse.core.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.Decisions;
import org.tresse.core.engine.UserError;
import org.tresse.core.event.AgendaItems;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Occurrences;
import org.tresse.core.i18n.Texts;
import org.tresse.core.meeting.internal.MeetingStore;
import org.tresse.core.people.People;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomCounts;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.store.Handle;

/**
 * The meeting where the association governs itself (its agenda is the event's: {@link AgendaItems}):
 * during, attendance (counted in the room, named, online) and the room's show of hands
 * added to a poll's online votes — never more hands than persons in the room who have not voted
 * online; after, the minutes, with the decisions taken while it was open. Every method runs in
 * the caller's transaction; refusals are {@link UserError}s.
 */
public final class Meetings {
    /** The texts of the meetings' refusals and minutes. */
    public static final String BUNDLE = "org.tresse.core.meeting.texts";
    public static final int MAX_NOTE = 2000;
    public static final int MAX_PERSONS = 100_000;
    /** A meeting may be opened from this long before its date begins. */
    public static final Duration OPENS_BEFORE = Duration.ofHours(12);
    private static final Logger log = LoggerFactory.getLogger(Meetings.class);

    private final Clock clock;
    private final ZoneId zone;
    private final Events events;
    private final Polls polls;
    private final RoomCounts rooms;
    private final Decisions decisions;
    private final AgendaItems agenda;
    private final MeetingStore store = new MeetingStore();
    private final MinutesWriter writer;

    public Meetings(Clock clock, ZoneId zone, Events events, AgendaItems agenda, Polls polls, RoomCounts rooms, Decisions decisions,
            People people) {
        this.rooms = rooms;
        this.clock = clock;
        this.zone = zone;
        this.events = events;
        this.polls = polls;
        this.decisions = decisions;
        this.agenda = agenda;
        this.writer = new MinutesWriter(zone, people);
    }

    /** Opens the meeting of one date (from {@link #OPENS_BEFORE} before it begins until it ends). */
    public Meeting open(Handle handle, Occurrence occurrence, long personId) {
        Event event = occurrence.event();
        if (occurrence.cancelled()) {
            throw new UserError("rsvp.annule", event.key(), event.title());
        }
        Optional<Meeting> existing = store.of(handle, event.id(), occurrence.key());
        if (existing.isPresent()) {
            throw new UserError(existing.get().isOpen() ? "reunion.deja.ouverte" : "reunion.deja.close", existing.get().key(), event.key());
        }
        Instant now = clock.instant();
        if (now.isBefore(occurrence.startsAt(zone).minus(OPENS_BEFORE)) || now.isAfter(occurrence.endsAt(zone).plus(OPENS_BEFORE))) {
            throw new UserError("reunion.pas.aujourdhui", event.key(), occurrence.start().toLocalDate());
        }
        long id = store.open(handle, event.id(), occurrence.key(), personId, now);
        log.info("Meeting {} opened (event {}, {})", id, event.id(), occurrence.key());
        return store.find(handle, id).orElseThrow();
    }

    public Optional<Meeting> find(Handle handle, long id) {
        return store.find(handle, id);
    }

    /** The meeting numbered {@code key}, or a refusal. */
    public Meeting get(Handle handle, String key) {
        String number = key.startsWith("#") ? key.substring(1) : key;
        if (!number.matches("\\d{1,12}")) {
            throw new UserError("reunion.numero", key);
        }
        return store.find(handle, Long.parseLong(number)).orElseThrow(() -> new UserError("reunion.inconnue", number));
    }

    /** The meetings open now, oldest first. */
    public List<Meeting> open(Handle handle) {
        return store.open(handle);
    }

    /** The meetings held in [{@code since}, {@code until}) (opened then), closed or not, in the order they were opened: for reports. */
    public List<Meeting> heldBetween(Handle handle, Instant since, Instant until) {
        return store.openedBetween(handle, since, until);
    }

    /** The decisions a closed meeting's minutes record (taken in it, or by the polls counted in its room). */
    public List<Decision> decisions(Handle handle, Meeting meeting) {
        return store.decisions(handle, meeting.id()).stream().map(id -> decisions.get(handle, id)).toList();
    }

    /** The date of the event the meeting is held on. */
    public Occurrence occurrence(Handle handle, Meeting meeting) {
        Event event = events.find(handle, meeting.eventId()).orElseThrow();
        return Occurrences.at(event, meeting.occurrence()).orElseThrow();
    }

    /** Sets who is there: counted in the room (at least those named), named, following online. */
    public Meeting attendance(Handle handle, Meeting meeting, int present, List<Long> named, int online) {
        lockOpen(handle, meeting);
        Set<Long> persons = new LinkedHashSet<>(named);
        if (present < 0 || online < 0 || present > MAX_PERSONS || online > MAX_PERSONS) {
            throw new UserError("reunion.presents.nombre", MAX_PERSONS);
        }
        if (present < persons.size()) {
            throw new UserError("reunion.presents.moins.que.noms", present, persons.size());
        }
        store.attendance(handle, meeting.id(), present, List.copyOf(persons), online);
        return store.find(handle, meeting.id()).orElseThrow();
    }

    public void note(Handle handle, Meeting meeting, long personId, String text) {
        lockOpen(handle, meeting);
        String note = text.strip();
        if (note.isEmpty()) {
            throw new UserError("reunion.note.vide");
        }
        if (note.length() > MAX_NOTE) {
            throw new UserError("reunion.note.longue", MAX_NOTE, note.length());
        }
        store.note(handle, meeting.id(), note, personId, clock.instant());
    }

    /**
     * The room's show of hands for a poll, added to its online votes: no more hands than persons
     * counted in the room, less those named present who already voted online.
     */
    public RoomVotes countRoom(Handle handle, Meeting meeting, Poll poll, List<Integer> counts, long personId) {
        lockOpen(handle, meeting);
        int online = polls.voted(handle, poll, meeting.attendees()).size();
        int allowed = meeting.present() - online;
        int hands = counts.stream().mapToInt(Integer::intValue).sum();
        if (meeting.present() == 0) {
            throw new UserError("salle.sans.presents", meeting.key());
        }
        if (hands > allowed) {
            throw online > 0 ? new UserError("salle.trop.votes.en.ligne", hands, meeting.present(), online, allowed)
                    : new UserError("salle.trop.votes", hands, meeting.present());
        }
        return rooms.count(handle, poll, counts, meeting.source(), personId);
    }

    /**
     * Closes the meeting: the decisions recorded while it was open (those of its group, or all when
     * the event is the association's) and those of the polls counted in its room are linked to it,
     * and its minutes stored. Returns them, in {@code texts}' language.
     */
    public Minutes close(Handle handle, Meeting meeting, Texts texts) {
        lockOpen(handle, meeting);
        Instant now = clock.instant();
        Event event = events.find(handle, meeting.eventId()).orElseThrow();
        Set<Long> taken = new LinkedHashSet<>();
        // up to now included: a millisecond more, as PostgreSQL keeps microseconds and a nanosecond would be lost
        for (Decision decision : decisions.recordedBetween(handle, meeting.openedAt(), now.plusMillis(1))) {
            if (event.group().isEmpty() || decision.group().equals(event.group())) {
                taken.add(decision.id());
            }
        }
        for (long pollId : rooms.countedIn(handle, meeting.source())) {
            polls.find(handle, pollId).flatMap(Poll::decisionId).ifPresent(taken::add);
        }
        Meeting closing = new Meeting(meeting.id(), meeting.eventId(), meeting.occurrence(), meeting.openedAt(), meeting.openedBy(),
                Optional.of(now), meeting.present(), meeting.attendees(), meeting.online(), Optional.empty());
        Minutes minutes = write(handle, texts, closing, new ArrayList<>(taken));
        store.close(handle, meeting.id(), new ArrayList<>(taken), minutes.markdown(), now);
        log.info("Meeting {} closed: {} decisions", meeting.id(), taken.size());
        return minutes;
    }

    /** A meeting's minutes as they stand (closed: as stored), in {@code texts}' language. */
    public Minutes minutes(Handle handle, Meeting meeting, Texts texts) {
        return write(handle, texts, meeting, store.decisions(handle, meeting.id()));
    }

    /** The meeting whose minutes record this decision. */
    public Optional<Meeting> meetingOf(Handle handle, long decisionId) {
        return store.meetingOf(handle, decisionId).flatMap(id -> store.find(handle, id));
    }

    public void merge(Handle handle, long from, long into) {
        store.merge(handle, from, into);
        rooms.merge(handle, from, into);
    }

    private Minutes write(Handle handle, Texts texts, Meeting meeting, List<Long> decisionIds) {
        Occurrence occurrence = occurrence(handle, meeting);
        List<Decision> taken = decisionIds.stream().map(id -> decisions.get(handle, id)).toList();
        Map<Long, RoomVotes> room = new LinkedHashMap<>();
        for (Decision decision : taken) {
            decision.pollId().flatMap(id -> polls.find(handle, id)).flatMap(poll -> polls.roomVotes(handle, poll))
                    .ifPresent(votes -> room.put(decision.pollId().get(), votes));
        }
        return writer.write(handle, texts, new MinutesWriter.Parts(meeting, occurrence, agenda.items(handle, occurrence), taken, room,
                store.notes(handle, meeting.id())));
    }

    private void lockOpen(Handle handle, Meeting meeting) {
        if (!store.lockOpen(handle, meeting.id())) {
            throw new UserError("reunion.close", meeting.key());
        }
    }
}
