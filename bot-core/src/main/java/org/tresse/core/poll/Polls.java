package org.tresse.core.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.Decisions;
import org.tresse.core.engine.UserError;
import org.tresse.core.groups.Groups;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Inbound;
import org.tresse.core.people.People;
import org.tresse.core.poll.internal.BallotBox;
import org.tresse.core.poll.internal.ChannelLog;
import org.tresse.core.poll.internal.ConsultationStore;
import org.tresse.core.poll.internal.Eligibility;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.poll.tally.ConsultationResult;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.Tally;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;

/**
 * Polls: opening, voting (one person, one ballot, the latest counts), closing, results. Every
 * method runs inside the caller's transaction. Refusals are {@link UserError}s.
 */
public final class Polls {
    /** The texts of the polls' domain words: kinds, answers, grades, as written and read. */
    public static final String BUNDLE = "org.tresse.core.poll.texts";
    /** The texts of date polls (oui / si besoin / non) and of votes counted in a room. */
    public static final String DATES_BUNDLE = "org.tresse.core.poll.dates";
    /** Scheduled job kinds; the reference is the poll id. */
    public static final String CLOSE_JOB = "poll.close";
    public static final String REMIND_JOB = "poll.remind";
    public static final String TALLY_JOB = "poll.tally";
    private static final Logger log = LoggerFactory.getLogger(Polls.class);

    private final Clock clock;
    private final ZoneId zone;
    private final Eligibility eligibility;
    private final Scheduler scheduler;
    private final PollEnding ending;
    private final PollStore store = new PollStore();
    private final ConsultationStore answersStore = new ConsultationStore();
    private final SecretBallots secret;
    private final BallotBox ballots;
    private final ConsultationSink consultations;
    private final ChannelLog channels = new ChannelLog();
    private final CountedVotes counted;

    /**
     * @param zone          the association's time zone (a decision's day, an anonymous answer's day)
     * @param consultations told of every consultation answer, in its transaction
     */
    public Polls(Clock clock, ZoneId zone, People people, Groups groups, Scheduler scheduler, Decisions decisions,
            SecretBallotKey key, ConsultationSink consultations) {
        this(clock, zone, people, groups, scheduler, decisions, key, consultations, DatePollSink.NONE);
    }

    /** @param datePolls told of every date poll's close, in its transaction */
    public Polls(Clock clock, ZoneId zone, People people, Groups groups, Scheduler scheduler, Decisions decisions,
            SecretBallotKey key, ConsultationSink consultations, DatePollSink datePolls) {
        this.clock = clock;
        this.zone = zone;
        this.eligibility = new Eligibility(people, groups);
        this.scheduler = scheduler;
        this.secret = new SecretBallots(store, key, clock);
        this.ballots = new BallotBox(secret.keys());
        this.counted = new CountedVotes(secret, ballots);
        this.consultations = consultations;
        this.ending = new PollEnding(this, store, ballots, channels, answersStore, secret, scheduler,
                new PollDecisions(store, decisions), new DateOutcome(counted, datePolls), clock, zone);
    }

    /** Checks and opens a poll; schedules its close and reminder. */
    public OpenedPoll open(Handle handle, PollDraft draft) {
        Instant now = clock.instant();
        long id = store.insert(handle, PollChecks.check(draft, now, zone), now);
        Poll poll = store.find(handle, id).orElseThrow();
        secret.opened(handle, poll);
        poll.closesAt().ifPresent(deadline -> {
            scheduler.schedule(handle, CLOSE_JOB, poll.key(), deadline);
            poll.rules().reminder().ifPresent(before -> scheduler.schedule(handle, REMIND_JOB, poll.key(), deadline.minus(before)));
        });
        OptionalInt eligible = eligibleCount(handle, poll);
        boolean unreachable = eligible.isPresent() && poll.rules().quorum().isPresent()
                && poll.rules().quorum().get().required(eligible.getAsInt()) > eligible.getAsInt();
        log.debug("Poll {} opened ({})", id, poll.kind());
        return new OpenedPoll(poll, eligible, unreachable);
    }

    public Optional<Poll> find(Handle handle, long id) {
        return store.find(handle, id);
    }

    /** The poll numbered {@code key} as people type it, or a refusal. */
    public Poll get(Handle handle, String key) {
        String number = key.startsWith("#") ? key.substring(1) : key;
        if (!number.matches("\\d{1,12}")) {
            throw new UserError("sondage.numero", key);
        }
        return store.find(handle, Long.parseLong(number)).orElseThrow(() -> new UserError("sondage.inconnu", number));
    }

    /** Like {@link #get} but refuses a closed poll. */
    public Poll getOpen(Handle handle, String key) {
        Poll poll = get(handle, key);
        if (!poll.isOpen()) {
            throw new UserError("sondage.clos", poll.key());
        }
        return poll;
    }

    public List<Poll> openPolls(Handle handle) {
        return store.open(handle);
    }

    /** Every poll, oldest first (exports, reports). */
    public List<Poll> all(Handle handle) {
        return store.all(handle);
    }

    /** Polls opened in [since, until) and still open. */
    public List<Poll> openedBetween(Handle handle, Instant since, Instant until) {
        return store.openedBetween(handle, since, until);
    }

    /** Why this person may not answer this poll now, if they may not. */
    public Optional<UserError> refusal(Handle handle, Poll poll, long personId, boolean verified) {
        return eligibility.refusal(handle, poll, personId, verified);
    }

    /** The persons who may vote (a group's members or the association's); empty for a public poll. */
    public Optional<List<Long>> eligibleVoters(Handle handle, Poll poll) {
        return eligibility.voters(handle, poll);
    }

    public OptionalInt eligibleCount(Handle handle, Poll poll) {
        if (!poll.isOpen()) {
            return poll.eligibleAtClose();
        }
        return eligibleVoters(handle, poll).map(voters -> OptionalInt.of(voters.size())).orElse(OptionalInt.empty());
    }

    /** Records the person's vote (replacing any earlier one); true if it replaced one. */
    public boolean vote(Handle handle, Poll poll, long personId, boolean verified, Answer answer) {
        return vote(handle, poll, personId, verified, answer, null);
    }

    /** Like {@link #vote} from {@code channel} (kept for participation by channel, never for a secret ballot; may be null). */
    public boolean vote(Handle handle, Poll poll, long personId, boolean verified, Answer answer, String channel) {
        refusal(handle, poll, personId, verified).ifPresent(refused -> {
            throw refused;
        });
        secret.lockOpen(handle, poll);
        boolean replaced = ballots.put(handle, poll, personId, answer.encode(), clock.instant());
        channels.record(handle, poll, personId, channel);
        log.debug("Vote {} on poll {}", replaced ? "changed" : "recorded", poll.id());
        return replaced;
    }

    /** Withdraws the person's vote; true if there was one. */
    public boolean withdraw(Handle handle, Poll poll, long personId) {
        secret.lockOpen(handle, poll);
        channels.forget(handle, poll, personId);
        return ballots.remove(handle, poll, personId);
    }

    /** The person's current vote on an open poll. */
    public Optional<Answer> currentVote(Handle handle, Poll poll, long personId) {
        return ballots.get(handle, poll, personId).map(encoded -> Answer.decode(poll.kind(), encoded));
    }

    /**
     * Stores an answer to a consultation, carried by {@code inbound}; anonymous (no person, the day
     * only) if the poll is secret. Then hands it to the {@link ConsultationSink}.
     */
    public void answer(Handle handle, Poll poll, long personId, Inbound inbound, String text) {
        refusal(handle, poll, personId, inbound.verified()).ifPresent(refused -> {
            throw refused;
        });
        String answer = PollChecks.answerText(poll, text);
        boolean anonymous = poll.rules().secret();
        Instant at = anonymous ? clock.instant().atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant() : clock.instant();
        answersStore.insert(handle, poll.id(), anonymous ? null : personId, answer, at);
        channels.record(handle, poll, personId, inbound.channel());
        consultations.answered(handle, poll, personId, inbound, answer);
    }

    /** Answers to a consultation, oldest first. */
    public List<ConsultationAnswer> answers(Handle handle, long pollId) {
        return answersStore.answers(handle, pollId);
    }

    /** Persons who have voted, among those eligible (while open: for reminders). */
    public Set<Long> voted(Handle handle, Poll poll, List<Long> candidates) {
        if (poll.kind() == PollKind.CONSULTATION) {
            return answersStore.answered(handle, poll.id(), candidates);
        }
        return ballots.voted(handle, poll, candidates);
    }

    /**
     * The current result (or the final one once closed). Callers check {@link Poll#resultsVisible()}.
     * While a secret poll is open, its result moves in batches only ({@link SecretBallots}).
     */
    public PollResult result(Handle handle, Poll poll) {
        OptionalInt eligible = eligibleCount(handle, poll);
        if (poll.kind() == PollKind.CONSULTATION) {
            return new ConsultationResult(answersStore.count(handle, poll.id()),
                    Tally.turnout(answersStore.persons(handle, poll.id()), poll.rules().quorum(), eligible));
        }
        return counted.result(handle, poll, eligible);
    }

    /** The result of the online votes alone, without what was counted in a room. */
    public PollResult onlineResult(Handle handle, Poll poll) {
        return counted.onlineResult(handle, poll, eligibleCount(handle, poll));
    }

    /** The votes counted in a room for this poll, if any ({@link RoomCounts} enters them). */
    public Optional<RoomVotes> roomVotes(Handle handle, Poll poll) {
        return counted.room(handle, poll);
    }

    /**
     * For an open secret poll whose results are shown: when its tally may move next, if enough
     * persons' changes wait for it; empty otherwise (or for any other poll).
     */
    public Optional<Instant> nextLiveMove(Handle handle, Poll poll) {
        return SecretBallots.sealed(poll) && poll.isOpen()
                ? secret.nextMove(handle, poll, Tally.aggregate(ballots.answers(handle, poll))) : Optional.empty();
    }

    /** When the batched tally of an open secret poll last moved. */
    public Optional<Instant> liveMovedAt(Handle handle, Poll poll) {
        return secret.movedAt(handle, poll);
    }

    public int voterCount(Handle handle, Poll poll) {
        return poll.kind() == PollKind.CONSULTATION ? result(handle, poll).voters() : ballots.count(handle, poll.id());
    }

    /**
     * Closes the poll now: counts who could vote, unlinks a secret ballot from its voters for
     * good, cancels pending jobs, records a proposal's decision if anyone voted. Empty if it was
     * already closed.
     */
    public Optional<ClosedPoll> close(Handle handle, Poll poll) {
        return ending.close(handle, poll);
    }

    /**
     * Cancels an open poll (a test, a mistake): its votes are discarded and nothing goes to the
     * register. Empty if it was closed meanwhile.
     */
    public Optional<Poll> cancel(Handle handle, Poll poll, long personId, String reason) {
        return ending.cancel(handle, poll, personId, reason);
    }

    /** A coordinator records a closed poll's result in the register; {@code body} says it in words. */
    public Decision recordDecision(Handle handle, Poll poll, String body, long personId) {
        return ending.recordDecision(handle, poll, body, personId);
    }

    /** Remembers a room the poll was presented in: its result is posted there at close. */
    public void presentedIn(Handle handle, Poll poll, Destination.Room room) {
        store.addRoom(handle, poll.id(), room);
    }

    public List<Destination.Room> rooms(Handle handle, Poll poll) {
        return store.rooms(handle, poll.id());
    }

    public Optional<Instant> tallyShownAt(Handle handle, Poll poll) {
        return store.tallyShownAt(handle, poll.id());
    }

    public void tallyShown(Handle handle, Poll poll, Instant at) {
        store.tallyShown(handle, poll.id(), at);
    }

    /** Identity linking: the ballots (the latest kept), answers and polls of {@code from} become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        ballots.merge(handle, from, into, store.openSecret(handle));
        answersStore.merge(handle, from, into);
        channels.merge(handle, from, into);
        store.moveAuthor(handle, from, into);
        store.moveCanceller(handle, from, into);
    }
}
