package org.tresse.print.report.sections;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.PollVote;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.RsvpCounts;
import org.tresse.core.event.Rsvps;
import org.tresse.core.i18n.Texts;
import org.tresse.core.meeting.Meeting;
import org.tresse.core.meeting.Meetings;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.store.Handle;
import org.tresse.print.internal.Days;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/**
 * "Événements et réunions": the dates held in the period (begun by now, not called off) with their
 * answers (counts, never names) and, when a meeting was held on one, its attendance; the meetings
 * with attendance in the room and online and whether the quorum of their votes was met; the
 * decisions taken in them, with the room's part of each vote.
 */
public final class EventSection implements ReportSection {
    private final Clock clock;
    private final Events events;
    private final Rsvps rsvps;
    private final Meetings meetings;
    private final Polls polls;

    public EventSection(Clock clock, Events events, Rsvps rsvps, Meetings meetings, Polls polls) {
        this.clock = clock;
        this.events = events;
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.polls = polls;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        Instant now = clock.instant();
        Instant end = scope.until();
        List<Occurrence> dates = events.agenda(handle, scope.since(), end, scope.groupSlug(), true);
        List<Meeting> held = meetings.heldBetween(handle, scope.since(), end).stream()
                .filter(meeting -> scope.group().isEmpty() || events.find(handle, meeting.eventId()).flatMap(Event::group)
                        .equals(scope.groupSlug()))
                .toList();
        Map<String, Meeting> meetingOn = new java.util.HashMap<>();
        held.forEach(meeting -> meetingOn.put(meeting.eventId() + "@" + meeting.occurrence(), meeting));
        List<Occurrence> happened = dates.stream().filter(date -> !date.cancelled() && !date.startsAt(scope.zone()).isAfter(now)).toList();
        long cancelled = dates.stream().filter(Occurrence::cancelled).count();
        List<Block> blocks = new ArrayList<>();
        if (happened.isEmpty() && held.isEmpty() && cancelled == 0) {
            blocks.add(new Block.Paragraph(texts.get("rapport.evenements.aucun")));
            return Optional.of(new Section("evenements", texts.get("rapport.evenements.titre"), blocks));
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        int yes = 0;
        for (Occurrence date : happened) {
            RsvpCounts counts = rsvps.counts(handle, date);
            yes += counts.yes();
            Optional<Meeting> meeting = Optional.ofNullable(meetingOn.get(date.event().id() + "@" + date.key()));
            rows.add(List.of(Block.Cell.of(Days.dateTime(texts, date.startsAt(scope.zone()), scope.zone())),
                    Block.Cell.of(Excerpt.of(date.event().title(), 120)), Block.Cell.of(date.place().orElse("—")),
                    Block.Cell.of(counts.yes()), Block.Cell.of(counts.maybe()), Block.Cell.of(counts.no()), Block.Cell.of(counts.waiting()),
                    Block.Cell.of(meeting.map(found -> Wording.count(texts, found.present() + found.online())).orElse("—"))));
        }
        List<Decision> taken = new ArrayList<>();
        List<Meeting> decidedIn = new ArrayList<>();
        for (Meeting meeting : held) {
            for (Decision decision : meetings.decisions(handle, meeting)) {
                taken.add(decision);
                decidedIn.add(meeting);
            }
        }
        blocks.add(new Block.Figures(List.of(
                new Block.Figure(Wording.count(texts, happened.size()), texts.get("rapport.evenements.dates")),
                new Block.Figure(Wording.count(texts, yes), texts.get("rapport.evenements.oui")),
                new Block.Figure(Wording.count(texts, held.size()), texts.get("rapport.evenements.reunions")),
                new Block.Figure(Wording.count(texts, taken.size()), texts.get("rapport.evenements.decisions")))));
        if (cancelled > 0) {
            blocks.add(new Block.Paragraph(texts.get("rapport.evenements.annulees", cancelled)));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(texts.get("rapport.evenements.tableau"), List.of(texts.get("rapport.colonne.date"),
                    texts.get("rapport.colonne.evenement"), texts.get("rapport.colonne.lieu"), texts.get("rapport.colonne.oui"),
                    texts.get("rapport.colonne.peut.etre"), texts.get("rapport.colonne.non"), texts.get("rapport.colonne.liste.attente"),
                    texts.get("rapport.colonne.presents")), rows, Set.of(3, 4, 5, 6, 7)));
        }
        if (!held.isEmpty()) {
            blocks.add(new Block.Heading(texts.get("rapport.reunions.titre")));
            blocks.add(meetingTable(handle, texts, scope, held));
        }
        if (!taken.isEmpty()) {
            blocks.add(new Block.Heading(texts.get("rapport.reunions.decisions")));
            List<List<Block.Cell>> lines = new ArrayList<>();
            for (int index = 0; index < taken.size(); index++) {
                Decision decision = taken.get(index);
                lines.add(List.of(Block.Cell.of(texts.get("rapport.reunions.numero", decidedIn.get(index).id())),
                        Block.Cell.linked(texts.get("rapport.decisions.numero", decision.id()), scope.links().decisionPage(decision.id())),
                        Block.Cell.of(Excerpt.of(decision.currentTitle(), 120)), Block.Cell.of(vote(handle, texts, decision)),
                        Block.Cell.of(quorum(texts, List.of(decision)))));
            }
            blocks.add(new Block.Table(texts.get("rapport.reunions.decisions.tableau"), List.of(texts.get("rapport.colonne.reunion"),
                    texts.get("rapport.colonne.numero"), texts.get("rapport.colonne.decision"), texts.get("rapport.colonne.vote"),
                    texts.get("rapport.colonne.quorum")), lines, Set.of()));
        }
        return Optional.of(new Section("evenements", texts.get("rapport.evenements.titre"), blocks));
    }

    private Block.Table meetingTable(Handle handle, Texts texts, ReportScope scope, List<Meeting> held) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Meeting meeting : held) {
            String title = events.find(handle, meeting.eventId()).map(Event::title).orElse("—");
            List<Decision> decisions = meetings.decisions(handle, meeting);
            rows.add(List.of(Block.Cell.of(texts.get("rapport.reunions.numero", meeting.id())),
                    Block.Cell.of(Days.day(texts, meeting.occurrence())), Block.Cell.of(Excerpt.of(title, 120)),
                    Block.Cell.of(meeting.present()), Block.Cell.of(meeting.online()), Block.Cell.of(meeting.present() + meeting.online()),
                    Block.Cell.of(decisions.size()),
                    Block.Cell.of(meeting.isOpen() ? texts.get("rapport.reunions.ouverte") : quorum(texts, decisions))));
        }
        return new Block.Table(texts.get("rapport.reunions.tableau"), List.of(texts.get("rapport.colonne.reunion"),
                texts.get("rapport.colonne.date"), texts.get("rapport.colonne.evenement"), texts.get("rapport.colonne.en.salle"),
                texts.get("rapport.colonne.en.ligne"), texts.get("rapport.colonne.total"), texts.get("rapport.colonne.decisions"),
                texts.get("rapport.colonne.quorum")), rows, Set.of(3, 4, 5, 6));
    }

    /** "pour 9 (dont 7 en salle), contre 2, abstention 1" for a proposal; the result's word otherwise. */
    private String vote(Handle handle, Texts texts, Decision decision) {
        if (decision.pollVote().isEmpty()) {
            return texts.get("rapport.decisions.issue." + decision.outcome().name());
        }
        PollVote vote = decision.pollVote().get();
        Optional<RoomVotes> room = decision.pollId().flatMap(id -> polls.find(handle, id)).flatMap(poll -> polls.roomVotes(handle, poll));
        String text = texts.get("rapport.reunions.vote", vote.pour(), vote.contre(), vote.abstention());
        return room.map(counted -> text + " " + texts.get("rapport.reunions.vote.salle", counted.at(0), counted.at(1), counted.at(2)))
                .orElse(text);
    }

    /** Met when every vote that asked for one met it; "—" when none asked. */
    private static String quorum(Texts texts, List<Decision> decisions) {
        List<PollVote> asked = decisions.stream().flatMap(decision -> decision.pollVote().stream()).filter(vote -> vote.quorumRequired() > 0)
                .toList();
        if (asked.isEmpty()) {
            return texts.get("rapport.reunions.quorum.aucun");
        }
        boolean met = asked.stream().allMatch(PollVote::quorumMet);
        int required = asked.stream().mapToInt(PollVote::quorumRequired).max().orElse(0);
        return texts.get(met ? "rapport.reunions.quorum.atteint" : "rapport.reunions.quorum.manque", required);
    }
}
