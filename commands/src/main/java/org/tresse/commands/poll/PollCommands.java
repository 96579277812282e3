package org.tresse.commands.poll;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.CommandCall;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.decision.DecisionCommands;
import org.tresse.core.Core;
import org.tresse.core.decision.Decisions;
import org.tresse.core.engine.Conversation;
import org.tresse.core.i18n.Texts;
import org.tresse.core.message.Destination;
import org.tresse.core.people.Role;
import org.tresse.core.poll.ClosedPoll;
import org.tresse.core.poll.ConsultationAnswer;
import org.tresse.core.poll.ConsultationSink;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls and the decision register: {@code /sondage}, {@code /vote}, {@code /resultats},
 * {@code /clore}, {@code /sondages}, {@code /decision}, {@code /decisions}; native poll answers
 * and vote buttons; the close, reminder and tally jobs. Register once per core with
 * {@link #register(CommandRouter)}.
 */
public final class PollCommands {
    /** The resource bundle of the poll texts. */
    public static final String BUNDLE = "org.tresse.commands.poll.texts";
    /** Where the secret ballot key lives unless told: {@code ./data}, beside the default H2 database. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");
    private static final Logger log = LoggerFactory.getLogger(PollCommands.class);

    private final Core core;
    private final Polls polls;
    private final Decisions decisions;
    private final PollPublisher publisher;
    private final Voting voting;

    /** With the secret ballot key in {@code ./data/ballot.key}, created on first use. */
    public PollCommands(Core core) {
        this(core, SecretBallotKey.inDirectory(DEFAULT_DATA_DIRECTORY));
    }

    /** Consultation answers stay in the poll's own table only. */
    public PollCommands(Core core, SecretBallotKey key) {
        this(core, key, ConsultationSink.NONE);
    }

    /** Consultation answers also go to {@code consultations} (the voices), in the same transaction. */
    public PollCommands(Core core, SecretBallotKey key, ConsultationSink consultations) {
        this.core = core;
        this.decisions = new Decisions(core.clock(), core.people());
        this.polls = new Polls(core, key, decisions, consultations);
        this.publisher = new PollPublisher(core, polls);
        this.voting = new Voting(core, polls, publisher);
        core.scheduler().register(Polls.CLOSE_JOB, (handle, job) -> polls.find(handle, Long.parseLong(job.reference()))
                .filter(Poll::isOpen).ifPresent(poll -> closeAndPublish(handle, poll)));
        core.scheduler().register(Polls.REMIND_JOB, (handle, job) -> polls.find(handle, Long.parseLong(job.reference()))
                .filter(Poll::isOpen).ifPresent(poll -> log.info("Poll {}: {} reminders", poll.id(), publisher.remind(handle, poll))));
        core.scheduler().register(Polls.TALLY_JOB, (handle, job) -> polls.find(handle, Long.parseLong(job.reference()))
                .filter(Poll::isOpen).ifPresent(poll -> publisher.showTally(handle, poll)));
    }

    public Polls polls() {
        return polls;
    }

    public Decisions decisions() {
        return decisions;
    }

    /** Adds the poll and decision commands, and the handlers of native answers and vote buttons. */
    public CommandRouter register(CommandRouter router) {
        router.addAll(commands());
        router.addAll(new DecisionCommands(core, decisions).commands());
        router.onPollAnswer(voting::pollAnswer);
        router.onButton("v:", voting::buttonPress);
        return router;
    }

    List<Command> commands() {
        return List.of(
                new OpenPoll(core, polls, publisher).command(),
                voting.command(),
                Command.named("resultats").alias("results", "resultat").arguments(1, 1).flag("detail", "details").does(this::results),
                Command.named("clore").alias("close").arguments(1, 1).does(this::close),
                Command.named("sondages").alias("polls").does(this::list),
                new DeepLink(polls, publisher).command());
    }

    private void results(CommandCall call) {
        Poll poll = polls.get(call.handle(), call.argument(0));
        Conversation conversation = call.conversation();
        if (!poll.resultsVisible()) {
            String deadline = poll.closesAt().map(at -> Dates.dateTime(conversation.texts(), at, core.zone()))
                    .orElseGet(() -> call.t("resultats.caches.sans.date"));
            call.reply("resultats.caches", poll.key(), deadline, polls.voterCount(call.handle(), poll));
            return;
        }
        String text = ResultFormat.format(conversation.texts(), poll, polls.result(call.handle(), poll), call.flag("detail"));
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
            String words = answer.text().length() > 300 ? answer.text().substring(0, 299) + "…" : answer.text();
            text.append("\n- ").append(words.replace('\n', ' '));
        }
        return text.toString();
    }

    private void close(CommandCall call) {
        Poll poll = polls.getOpen(call.handle(), call.argument(0));
        if (!mayManage(call, poll)) {
            throw call.fail("clore.interdit", poll.key());
        }
        ClosedPoll closed = closeAndPublish(call.handle(), poll).orElseThrow(() -> call.fail("sondage.clos", poll.key()));
        Destination here = call.conversation().hereDestination();
        boolean postedHere = polls.rooms(call.handle(), closed.poll()).stream().anyMatch(room -> room.equals(here));
        if (!postedHere) {
            call.conversation().reply(PollPublisher.resultText(call.conversation().texts(), closed));
        }
    }

    /** The author, or a coordinator (of the poll's group, or of the whole association). */
    private static boolean mayManage(CommandCall call, Poll poll) {
        return poll.authorId() == call.personId() || call.conversation().hasRole(Role.COORDINATOR, poll.audience().group());
    }

    private Optional<ClosedPoll> closeAndPublish(Handle handle, Poll poll) {
        Optional<ClosedPoll> closed = polls.close(handle, poll);
        closed.ifPresent(result -> publisher.closed(handle, result));
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
            String deadline = poll.closesAt().map(at -> call.t("sondages.jusqua", Dates.dateTime(texts, at, core.zone()))).orElse("");
            String mine = polls.refusal(call.handle(), poll, call.personId(), call.conversation().inbound().verified()).isEmpty()
                    && !polls.voted(call.handle(), poll, List.of(call.personId())).isEmpty() ? " " + call.t("sondages.deja.vote") : "";
            text.append('\n').append(call.t("sondages.ligne", poll.key(), poll.question(), PollFormat.kind(texts, poll.kind()), deadline))
                    .append(mine);
        }
        text.append("\n\n").append(call.t("sondages.fin"));
        call.conversation().reply(text.toString());
    }
}
