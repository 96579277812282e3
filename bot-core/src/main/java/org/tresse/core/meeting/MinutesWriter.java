package org.tresse.core.meeting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.PollVote;
import org.tresse.core.event.AgendaItem;
import org.tresse.core.event.Occurrence;
import org.tresse.core.i18n.Texts;
import org.tresse.core.people.People;
import org.tresse.core.people.Person;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.store.Handle;

/**
 * Assembles a meeting's minutes from what was stored: the agenda, the attendance (in the room,
 * named, online), the decisions taken during it — a proposal's tally with the room's part — and
 * the notes, in one language.
 */
final class MinutesWriter {
    private final ZoneId zone;
    private final People people;

    MinutesWriter(ZoneId zone, People people) {
        this.zone = zone;
        this.people = people;
    }

    /** The parts of the minutes, as the meeting service gathered them. */
    record Parts(Meeting meeting, Occurrence occurrence, List<AgendaItem> items, List<Decision> decisions,
            java.util.Map<Long, RoomVotes> roomVotes, List<MeetingNote> notes) {}

    Minutes write(Handle handle, Texts texts, Parts parts) {
        Meeting meeting = parts.meeting();
        DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.get("cr.format.date"), texts.language().locale());
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm", texts.language().locale());
        String title = texts.get("cr.titre", parts.occurrence().event().title(), day.format(parts.occurrence().start()));
        String closed = meeting.closedAt().map(at -> texts.get("cr.close", hour.format(at.atZone(zone)))).orElse(texts.get("cr.en.cours"));
        String subtitle = texts.get("cr.sous.titre", parts.occurrence().place().orElse("—"), hour.format(meeting.openedAt().atZone(zone)),
                name(handle, meeting.openedBy()), closed);
        List<Minutes.Section> sections = new ArrayList<>();
        sections.add(new Minutes.Section(texts.get("cr.presences"), attendance(handle, texts, meeting), false));
        List<String> items = parts.items().stream().map(AgendaItem::text).toList();
        sections.add(new Minutes.Section(texts.get("cr.odj"), items.isEmpty() ? List.of(texts.get("cr.odj.vide")) : items, !items.isEmpty()));
        List<String> decisions = new ArrayList<>();
        for (Decision decision : parts.decisions()) {
            decisions.add(decision(texts, decision, decision.pollId().map(parts.roomVotes()::get)));
        }
        sections.add(new Minutes.Section(texts.get("cr.decisions"), decisions.isEmpty() ? List.of(texts.get("cr.decisions.aucune"))
                : decisions, false));
        if (!parts.notes().isEmpty()) {
            sections.add(new Minutes.Section(texts.get("cr.notes"), parts.notes().stream()
                    .map(note -> texts.get("cr.note", note.text(), name(handle, note.authorId()))).toList(), false));
        }
        return new Minutes(title, subtitle, sections);
    }

    private List<String> attendance(Handle handle, Texts texts, Meeting meeting) {
        List<String> lines = new ArrayList<>();
        String named = String.join(", ", meeting.attendees().stream().map(person -> name(handle, person)).toList());
        lines.add(named.isEmpty() ? texts.get("cr.salle", meeting.present()) : texts.get("cr.salle.noms", meeting.present(), named));
        lines.add(texts.get("cr.en.ligne", meeting.online()));
        lines.add(texts.get("cr.total", meeting.present() + meeting.online()));
        return lines;
    }

    private static String decision(Texts texts, Decision decision, Optional<RoomVotes> room) {
        String line = texts.get("cr.decision", decision.id(), decision.currentTitle(), texts.get("cr.issue." + decision.outcome().name()));
        if (decision.pollVote().isEmpty()) {
            return line;
        }
        PollVote vote = decision.pollVote().get();
        line += " — " + texts.get("cr.decision.vote", vote.pour(), vote.contre(), vote.abstention(), vote.voters());
        if (vote.quorumRequired() > 0) {
            line += " · " + texts.get(vote.quorumMet() ? "cr.quorum.atteint" : "cr.quorum.manque", vote.quorumRequired());
        }
        if (room.isPresent()) {
            RoomVotes counted = room.get();
            line += " · " + texts.get("cr.decision.salle", counted.at(0), counted.at(1), counted.at(2),
                    vote.pour() - counted.at(0), vote.contre() - counted.at(1), vote.abstention() - counted.at(2));
        }
        return line;
    }

    private String name(Handle handle, long personId) {
        return people.find(handle, personId).map(Person::displayName).orElse("#" + personId);
    }
}
