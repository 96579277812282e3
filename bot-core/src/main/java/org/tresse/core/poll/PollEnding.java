package org.tresse.core.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.decision.Decision;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.internal.BallotBox;
import org.tresse.core.poll.internal.ChannelLog;
import org.tresse.core.poll.internal.ConsultationStore;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.poll.internal.RoomCountStore;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;

/**
 * How a poll ends, for {@link Polls}: closed (its result, a proposal's decision, who voted, to tell
 * them), cancelled (its votes discarded, online and counted in a room alike; nothing in the register), or its result
 * recorded later.
 */
final class PollEnding {
    private static final Logger log = LoggerFactory.getLogger(Polls.class);

    private final Polls polls;
    private final PollStore store;
    private final BallotBox ballots;
    private final ChannelLog channels;
    private final ConsultationStore answersStore;
    private final RoomCountStore rooms = new RoomCountStore();
    private final SecretBallots secret;
    private final Scheduler scheduler;
    private final PollDecisions decided;
    private final DateOutcome dates;
    private final Clock clock;
    private final ZoneId zone;

    PollEnding(Polls polls, PollStore store, BallotBox ballots, ChannelLog channels, ConsultationStore answersStore,
            SecretBallots secret, Scheduler scheduler, PollDecisions decided, DateOutcome dates, Clock clock, ZoneId zone) {
        this.polls = polls;
        this.store = store;
        this.ballots = ballots;
        this.channels = channels;
        this.answersStore = answersStore;
        this.secret = secret;
        this.scheduler = scheduler;
        this.decided = decided;
        this.dates = dates;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Closes the poll now: counts who could vote, unlinks a secret ballot from its voters for
     * good, cancels pending jobs, records a proposal's decision if anyone voted, tells a date poll's
     * best date. Empty if it was already closed.
     */
    Optional<ClosedPoll> close(Handle handle, Poll poll) {
        Instant now = clock.instant();
        if (!store.lockOpen(handle, poll.id())) {
            return Optional.empty();
        }
        Poll current = store.find(handle, poll.id()).orElseThrow();
        OptionalInt eligible = polls.eligibleCount(handle, current);
        Map<Long, String> voters = voters(handle, current);
        ballots.unlink(handle, current);
        if (!store.markClosed(handle, current.id(), now, eligible)) {
            return Optional.empty();
        }
        secret.closed(handle, current);
        cancelJobs(handle, current);
        Poll closed = store.find(handle, current.id()).orElseThrow();
        PollResult result = polls.result(handle, closed);
        Optional<Decision> decision = decided.atClose(handle, closed, result, now.atZone(zone).toLocalDate());
        if (decision.isPresent()) {
            closed = store.find(handle, closed.id()).orElseThrow();
        }
        log.info("Poll {} closed: {} voters", closed.id(), result.voters());
        ClosedPoll done = new ClosedPoll(closed, result, decision, voters);
        dates.closed(handle, done);
        return Optional.of(done);
    }

    /**
     * Cancels an open poll (a test, a mistake): its votes are discarded and nothing goes to the
     * register. Empty if it was closed meanwhile.
     */
    Optional<Poll> cancel(Handle handle, Poll poll, long personId, String reason) {
        if (reason.isBlank()) {
            throw new UserError("sondage.annuler.raison", poll.key());
        }
        if (!store.lockOpen(handle, poll.id())) {
            return Optional.empty();
        }
        Poll current = store.find(handle, poll.id()).orElseThrow();
        ballots.discard(handle, current.id());
        channels.discard(handle, current.id());
        rooms.discard(handle, current.id());
        if (!store.markCancelled(handle, current.id(), clock.instant(), personId, reason.strip())) {
            return Optional.empty();
        }
        secret.closed(handle, current);
        cancelJobs(handle, current);
        log.info("Poll {} cancelled", current.id());
        return store.find(handle, current.id());
    }

    /** A coordinator records a closed poll's result in the register; {@code body} says it in words. */
    Decision recordDecision(Handle handle, Poll poll, String body, long personId) {
        Poll current = store.find(handle, poll.id()).orElseThrow();
        return decided.record(handle, current, polls.result(handle, current), body, clock.instant().atZone(zone).toLocalDate(), personId);
    }

    /** Who answered an open poll that is not secret, with the channel they answered from. */
    private Map<Long, String> voters(Handle handle, Poll poll) {
        if (poll.rules().secret()) {
            return Map.of();
        }
        Map<Long, String> from = channels.channels(handle, poll.id());
        Map<Long, String> voters = new LinkedHashMap<>();
        List<Long> persons = poll.kind() == PollKind.CONSULTATION ? answersStore.authors(handle, poll.id())
                : ballots.voters(handle, poll.id());
        persons.forEach(person -> voters.put(person, from.get(person)));
        return voters;
    }

    private void cancelJobs(Handle handle, Poll poll) {
        for (String job : List.of(Polls.CLOSE_JOB, Polls.REMIND_JOB, Polls.TALLY_JOB)) {
            scheduler.cancel(handle, job, poll.key());
        }
    }
}
