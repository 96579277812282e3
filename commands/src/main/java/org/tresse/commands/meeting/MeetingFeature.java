package org.tresse.commands.meeting;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.event.EventFormat;
import org.tresse.commands.internal.Numbers;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.Reach;
import org.tresse.core.event.AgendaItem;
import org.tresse.core.event.AgendaItems;
import org.tresse.core.event.Event;
import org.tresse.core.event.Events;
import org.tresse.core.event.Occurrence;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Markup;
import org.tresse.core.meeting.Meeting;
import org.tresse.core.meeting.Meetings;
import org.tresse.core.meeting.MinutesPrinter;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.RoomVotes;

/**
 * The meeting: its agenda ({@code /odj}), the meeting itself ({@code /reunion}) and the room's show
 * of hands ({@code /salle 12 pour=9 contre=2 abstention=1}), added to the poll's online votes.
 * Owns the meeting tables through {@link Meetings}.
 */
public final class MeetingFeature implements Feature {
    /** The resource bundle of the meetings' conversation. */
    public static final String BUNDLE = "org.tresse.commands.meeting.texts";

    private final Meetings meetings;
    private final Events events;
    private final AgendaItems agenda;
    private final Polls polls;
    private final MeetingCommands commands;
    private final ZoneId zone;

    public MeetingFeature(Meetings meetings, Events events, AgendaItems agenda, Polls polls, People people, Groups groups, Reach reach,
            Outbox outbox, I18n i18n, ZoneId zone, MinutesPrinter printer) {
        this.meetings = meetings;
        this.events = events;
        this.agenda = agenda;
        this.polls = polls;
        this.zone = zone;
        this.commands = new MeetingCommands(meetings, events, people, groups, reach, outbox, i18n, zone, printer);
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(Meetings.BUNDLE)
                .texts(BUNDLE)
                .mergeStep(meetings::merge)
                .add(CommandRouter.COMMANDS, Command.named("odj", BUNDLE).arguments(1, 100)
                        .option("date")
                        .harmlessIfForged(call -> call.arguments().size() == 1)
                        .does(this::agenda))
                .add(CommandRouter.COMMANDS, commands.command())
                .add(CommandRouter.COMMANDS, Command.named("salle", BUNDLE).role(Role.MEMBER).arguments(2, 20)
                        .option("reunion")
                        .does(this::room));
    }

    /** {@code /odj 3}: the agenda of event 3's next date; {@code /odj ajouter 3 Budget…}; {@code /odj retirer 3 2}. */
    private void agenda(CommandCall call) {
        Vocabulary words = Vocabulary.of(BUNDLE);
        boolean add = words.means("mots.odj.ajouter", call.argument(0));
        boolean remove = words.means("mots.odj.retirer", call.argument(0));
        if ((add || remove) && call.arguments().size() < 3) {
            throw call.usage();
        }
        Event event = events.get(call.handle(), call.argument(add || remove ? 1 : 0));
        Optional<java.time.LocalDate> day = call.option("date").map(text -> When.day(text, call.conversation().now(), zone));
        Occurrence occurrence = events.occurrence(event, day);
        boolean coordinator = call.conversation().hasRole(Role.COORDINATOR, event.group());
        Texts texts = call.conversation().texts();
        if (add) {
            if (!call.conversation().hasRole(Role.MEMBER, event.group())) {
                throw call.fail("odj.membres");
            }
            java.time.ZonedDateTime deadline = agenda.deadline(occurrence).atZone(zone);
            if (!coordinator && !call.conversation().now().isBefore(deadline.toInstant())) {
                throw call.fail("odj.ferme", event.key(), EventFormat.day(texts, deadline.toLocalDate()), deadline.toLocalTime());
            }
            AgendaItem item = agenda.add(call.handle(), occurrence, call.personId(), call.rest(2), coordinator);
            call.reply("odj.ajoute", item.number(), event.key(), EventFormat.when(texts, occurrence),
                    EventFormat.day(texts, deadline.toLocalDate()), deadline.toLocalTime());
            return;
        }
        if (remove) {
            int number = Numbers.parse(call.argument(2)).filter(value -> value < 1000).map(Long::intValue)
                    .orElseThrow(() -> call.fail("odj.numero", call.argument(2), agenda.items(call.handle(), occurrence).size()));
            AgendaItem item = agenda.remove(call.handle(), occurrence, number, call.personId(), coordinator);
            call.reply("odj.retire", Markup.literal(item.text()), event.key());
            return;
        }
        List<AgendaItem> items = agenda.items(call.handle(), occurrence);
        if (items.isEmpty()) {
            call.reply("odj.aucun", event.key(), Markup.literal(event.title()), EventFormat.when(texts, occurrence));
            return;
        }
        StringBuilder text = new StringBuilder(texts.get("odj.titre", event.key(), Markup.literal(event.title()), EventFormat.when(texts, occurrence)));
        for (AgendaItem item : items) {
            text.append('\n').append(item.number()).append(". ").append(Markup.literal(item.text()));
        }
        call.conversation().reply(text.toString());
    }

    /** {@code /salle 12 pour=9 contre=2 abstention=1}: the open meeting's show of hands for poll 12. */
    private void room(CommandCall call) {
        Meeting meeting = commands.current(call);
        Poll poll = polls.getOpen(call.handle(), call.argument(0));
        List<Integer> counts = RoomCounts.read(call, poll, call.arguments().subList(1, call.arguments().size()));
        RoomVotes votes = meetings.countRoom(call.handle(), meeting, poll, counts, call.personId());
        Texts texts = call.conversation().texts();
        String counted = String.join(", ", java.util.stream.IntStream.range(0, counts.size())
                .mapToObj(option -> texts.get("salle.ligne", label(texts, poll, option), votes.at(option))).toList());
        String text = texts.get("salle.enregistre", poll.key(), Markup.literal(poll.question()), counted, votes.voters());
        if (poll.resultsVisible()) {
            int online = polls.onlineResult(call.handle(), poll).voters();
            text += "\n" + texts.get("salle.total", online, votes.voters(), online + votes.voters(), poll.key());
        } else {
            text += "\n" + texts.get("salle.caches", poll.key());
        }
        call.conversation().reply(text);
    }

    private static String label(Texts texts, Poll poll, int option) {
        return poll.kind() == org.tresse.core.poll.PollKind.PROPOSAL ? texts.get("proposition.option." + option) : Markup.literal(poll.options().get(option));
    }
}
