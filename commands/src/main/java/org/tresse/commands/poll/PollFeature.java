package org.tresse.commands.poll;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.commands.ButtonRoute;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.Rights;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.calendar.When;
import org.tresse.core.channel.Channels;
import org.tresse.core.engine.AroundRouter;
import org.tresse.core.engine.Conversation;
import org.tresse.core.engine.Reach;
import org.tresse.core.feature.Contributions;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Destination;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.poll.ClosedPoll;
import org.tresse.core.poll.ConsultationAnswer;
import org.tresse.core.poll.OpenPollsDigest;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollExport;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.BallotLinks;
import org.tresse.core.poll.Polls;
import org.tresse.core.schedule.Job;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;
import org.tresse.core.text.Truncation;

/**
 * Polls: {@code /sondage}, {@code /vote}, {@code /resultats}, {@code /clore}, {@code /sondages};
 * native poll answers and vote buttons; the close, reminder and tally jobs; the polls' export and
 * digest section. Owns the poll tables through {@link Polls}. (The register is its own feature.)
 */
public final class PollFeature implements Feature {
    /** The resource bundle of the poll texts. */
    public static final String BUNDLE = "org.tresse.commands.poll.texts";
    /** The texts of date polls and of votes counted in a room, in conversation. */
    public static final String DATES_BUNDLE = "org.tresse.commands.poll.dates";
    private static final Logger log = LoggerFactory.getLogger(PollFeature.class);

    private final Polls polls;
    private final People people;
    private final Groups groups;
    private final PollPublisher publisher;
    private final ResultPublisher results;
    private final Voting voting;
    private final OpenPoll opening;
    private final ZoneId zone;

    /** @param ballotLinks personal links to the web ballot in the ballots sent by email; empty without public web pages */
    public PollFeature(Polls polls, People people, Groups groups, Reach reach, Outbox outbox, Scheduler scheduler, I18n i18n,
            Channels channels, Clock clock, ZoneId zone, Optional<BallotLinks> ballotLinks) {
        this.polls = polls;
        this.people = people;
        this.groups = groups;
        this.zone = zone;
        this.publisher = new PollPublisher(polls, people, groups, reach, outbox, scheduler, i18n, channels, clock, zone, ballotLinks);
        this.results = new ResultPublisher(polls, people, reach, outbox, i18n, publisher);
        this.voting = new Voting(polls, publisher, zone);
        this.opening = new OpenPoll(polls, groups, publisher, results, zone);
    }

    @Override
    public void contribute(Contributions to) {
        to.texts(Polls.BUNDLE)
                .texts(Polls.DATES_BUNDLE)
                .texts(When.BUNDLE)
                .texts(BUNDLE)
                .texts(DATES_BUNDLE)
                .mergeStep(polls::merge)
                .export(new PollExport(polls, zone))
                .add(DigestSource.SECTIONS, new OpenPollsDigest(polls, groups))
                .job(Polls.CLOSE_JOB, (handle, job) -> openPoll(handle, job).ifPresent(poll -> closeAndPublish(handle, poll, Optional.empty())))
                .job(Polls.REMIND_JOB, (handle, job) -> openPoll(handle, job)
                        .ifPresent(poll -> log.info("Poll {}: {} reminders", poll.id(), publisher.remind(handle, poll))))
                .job(Polls.TALLY_JOB, (handle, job) -> openPoll(handle, job).ifPresent(poll -> publisher.showTally(handle, poll)))
                .add(AroundRouter.AROUND, new ConsultationIntake(polls, voting, voting.command()))
                .add(CommandRouter.POLL_ANSWERS, voting::pollAnswer)
                .add(CommandRouter.BUTTONS, new ButtonRoute("v:", voting::buttonPress))
                .add(CommandRouter.COMMANDS, opening.command())
                .add(CommandRouter.COMMANDS, voting.command())
                .add(CommandRouter.COMMANDS, Command.named("resultats", BUNDLE).arguments(1, 1)
                        .flag("detail").harmlessIfForged().does(this::results))
                .add(CommandRouter.COMMANDS, Command.named("clore", BUNDLE).arguments(1, 1)
                        .offeredTo(this::mayCloseSome).does(this::close))
                .add(CommandRouter.COMMANDS, Command.named("sondages", BUNDLE).harmlessIfForged().does(this::list))
                .add(CommandRouter.COMMANDS, new DeepLink(polls, publisher).command());
    }

    private Optional<Poll> openPoll(Handle handle, Job job) {
        return polls.find(handle, Long.parseLong(job.reference())).filter(Poll::isOpen);
    }

    private void results(CommandCall call) {
        Poll poll = polls.get(call.handle(), call.argument(0));
        Conversation conversation = call.conversation();
        if (poll.cancelled()) {
            throw call.fail("resultats.annule", poll.key(), poll.cancellation().orElseThrow().reason());
        }
        if (!poll.resultsVisible()) {
            String deadline = poll.closesAt().map(at -> Dates.dateTime(conversation.texts(), at, zone))
                    .orElseGet(() -> call.t("resultats.caches.sans.date"));
            call.reply("resultats.caches", poll.key(), deadline, polls.voterCount(call.handle(), poll));
            return;
        }
        String text = ResultFormat.format(conversation.texts(), poll, polls.result(call.handle(), poll), call.flag("detail"),
                polls.roomVotes(call.handle(), poll));
        if (poll.decisionId().isPresent()) {
            text += "\n" + call.t("resultats.decision", poll.decisionId().get());
        }
        if (poll.kind() == PollKind.CONSULTATION && mayManage(call, poll)) {
            text += answers(conversation.texts(), polls.answers(call.handle(), poll.id()));
        }
        conversation.reply(text);
    }

    private static String answers(Texts texts, List<ConsultationAnswer> answers) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (ConsultationAnswer answer : answers) {
            if (shown++ == 30) {
                text.append('\n').append(texts.get("resultats.reponses.suite", answers.size() - 30));
                break;
            }
            text.append("\n- ").append(Markup.literal(Truncation.excerpt(answer.text(), 300)));
        }
        return text.toString();
    }

    private void close(CommandCall call) {
        Poll poll = polls.getOpen(call.handle(), call.argument(0));
        if (!mayManage(call, poll)) {
            throw call.fail("clore.interdit", poll.key());
        }
        ClosedPoll closed = closeAndPublish(call.handle(), poll, Optional.of(call.personId()))
                .orElseThrow(() -> call.fail("sondage.clos", poll.key()));
        Destination here = call.conversation().hereDestination();
        boolean postedHere = polls.rooms(call.handle(), closed.poll()).stream().anyMatch(room -> room.equals(here));
        if (!postedHere) {
            call.conversation().reply(ResultPublisher.resultText(call.conversation().texts(), closed,
                    polls.roomVotes(call.handle(), closed.poll())));
        }
    }

    /** For {@code /aide}: a coordinator somewhere, or the author of an open poll. */
    private boolean mayCloseSome(Conversation conversation) {
        return Rights.somewhere(people, conversation, Role.COORDINATOR)
                || polls.openPolls(conversation.handle()).stream().anyMatch(poll -> poll.authorId() == conversation.person().id());
    }

    /** The author, or a coordinator (of the poll's group, or of the whole association). */
    static boolean mayManage(CommandCall call, Poll poll) {
        return poll.authorId() == call.personId() || call.conversation().hasRole(Role.COORDINATOR, poll.audience().group());
    }

    private Optional<ClosedPoll> closeAndPublish(Handle handle, Poll poll, Optional<Long> closer) {
        Optional<ClosedPoll> closed = polls.close(handle, poll);
        closed.ifPresent(result -> results.closed(handle, result, closer));
        return closed;
    }

    private void list(CommandCall call) {
        List<Poll> open = polls.openPolls(call.handle());
        if (open.isEmpty()) {
            call.reply("sondages.aucun");
            return;
        }
        Texts texts = call.conversation().texts();
        StringBuilder text = new StringBuilder(call.t("sondages.titre"));
        for (Poll poll : open) {
            String deadline = poll.closesAt().map(at -> call.t("sondages.jusqua", Dates.dateTime(texts, at, zone))).orElse("");
            String mine = polls.refusal(call.handle(), poll, call.personId(), call.conversation().inbound().verified()).isEmpty()
                    && !polls.voted(call.handle(), poll, List.of(call.personId())).isEmpty() ? " " + call.t("sondages.deja.vote") : "";
            text.append('\n').append(call.t("sondages.ligne", poll.key(), Markup.literal(poll.question()), PollFormat.kind(texts, poll.kind()), deadline))
                    .append(mine);
        }
        text.append("\n\n").append(call.t("sondages.fin"));
        call.conversation().reply(text.toString());
    }
}
