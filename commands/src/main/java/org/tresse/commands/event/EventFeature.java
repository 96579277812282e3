package org.tresse.commands.event;

import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.ButtonRoute;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.PollAnswerRoute;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.Reach;
import org.tresse.core.event.AgendaItems;
import org.tresse.core.event.EventDigest;
import org.tresse.core.event.EventProposals;
import org.tresse.core.event.EventReminders;
import org.tresse.core.event.EventStatus;
import org.tresse.core.event.Events;
import org.tresse.core.event.FeedTokens;
import org.tresse.core.event.Occurrence;
import org.tresse.core.event.Rsvps;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.poll.Polls;

/**
 * Events and the village agenda: {@code /evenement}, {@code /agenda}, {@code /participe}; answer
 * buttons ({@code e:}), partners' approval buttons ({@code ep:}), native RSVP polls ({@code e…});
 * the reminder job; the agenda's digest section. Owns the event tables through {@link Events},
 * {@link Rsvps}, {@link AgendaItems} and {@link FeedTokens}.
 */
public final class EventFeature implements Feature {
    /** The resource bundle of the events' conversation. */
    public static final String BUNDLE = "org.tresse.commands.event.texts";
    private static final Logger log = LoggerFactory.getLogger(EventFeature.class);

    private final Events events;
    private final Rsvps rsvps;
    private final EventReminders reminders;
    private final AgendaItems agenda;
    private final FeedTokens tokens;
    private final EventPublisher publisher;
    private final People people;
    private final EventCommands commands;
    private final AgendaCommand agendaCommand;
    private final Answering answering;
    private final PartnerCommands partners;

    /** @param publicUrl the web front door's address, for the calendar links */
    public EventFeature(Events events, Rsvps rsvps, EventReminders reminders, AgendaItems agenda, FeedTokens tokens, EventPublisher publisher,
            Polls polls, People people, Groups groups, Reach reach, Outbox outbox, Optional<String> publicUrl, ZoneId zone) {
        this.events = events;
        this.rsvps = rsvps;
        this.reminders = reminders;
        this.agenda = agenda;
        this.tokens = tokens;
        this.publisher = publisher;
        this.people = people;
        EventDrafts drafts = new EventDrafts(groups, zone);
        this.answering = new Answering(events, rsvps, publisher, zone);
        this.partners = new PartnerCommands(events, publisher, drafts, people, reach, outbox, zone);
        this.commands = new EventCommands(events, rsvps, publisher, people, polls, drafts, partners, answering, zone);
        this.agendaCommand = new AgendaCommand(events, tokens, groups, publicUrl, zone);
    }

    /** Partners' events sent by the web form: recorded as proposals, the coordinators told. */
    public EventProposals proposals() {
        return partners::proposeFromForm;
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(Events.BUNDLE)
                .texts(When.BUNDLE)
                .texts(BUNDLE)
                .mergeStep(events::merge)
                .mergeStep(agenda::merge)
                .mergeStep(tokens::merge)
                .add(DigestSource.SECTIONS, new EventDigest(events, people))
                .job(EventReminders.JOB, (handle, job) -> events.find(handle, Long.parseLong(job.reference()))
                        .filter(event -> event.status() == EventStatus.SCHEDULED)
                        .ifPresent(event -> {
                            int reminded = 0;
                            for (Occurrence occurrence : reminders.due(handle, event)) {
                                reminded += publisher.remind(handle, occurrence);
                            }
                            log.info("Event {}: {} reminders", event.id(), reminded);
                        }))
                .add(CommandRouter.COMMANDS, commands.command())
                .add(CommandRouter.COMMANDS, agendaCommand.command())
                .add(CommandRouter.COMMANDS, answering.command())
                .add(CommandRouter.BUTTONS, new ButtonRoute("e:", answering::buttonPress))
                .add(CommandRouter.BUTTONS, new ButtonRoute("ep:", partners::buttonPress))
                .add(CommandRouter.POLL_ANSWER_ROUTES, new PollAnswerRoute("e", answering::pollAnswer));
    }
}
