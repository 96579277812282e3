package org.tresse.core.poll;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.Decisions;
import org.tresse.core.decision.PollVote;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.core.store.Handle;

/**
 * What a poll's close leaves behind, in its transaction: a proposal's decision, recorded on the
 * day of the close and linked to the poll; a date poll's best date, told to its {@link DatePollSink}
 * with who said oui to it.
 */
final class CloseOutcomes {
    private final PollStore store;
    private final Decisions decisions;
    private final ZoneId zone;
    private final CountedVotes counted;
    private final DatePollSink datePolls;

    CloseOutcomes(PollStore store, Decisions decisions, ZoneId zone, CountedVotes counted, DatePollSink datePolls) {
        this.store = store;
        this.decisions = decisions;
        this.zone = zone;
        this.counted = counted;
        this.datePolls = datePolls;
    }

    ClosedPoll record(Handle handle, Poll closed, PollResult result, Instant now) {
        Poll poll = closed;
        Optional<Decision> decision = Optional.empty();
        if (result instanceof ProposalResult proposal) {
            Decision recorded = decisions.recordPoll(handle, poll.id(), poll.question(), poll.audience().group(),
                    now.atZone(zone).toLocalDate(), proposal.adopted(), decisionVote(proposal));
            store.linkDecision(handle, poll.id(), recorded.id());
            decision = Optional.of(recorded);
            poll = store.find(handle, poll.id()).orElseThrow();
        }
        ClosedPoll done = new ClosedPoll(poll, result, decision);
        if (result instanceof DatesResult dates) {
            List<Long> available = dates.best().isPresent() ? counted.availableOn(handle, poll, dates.best().getAsInt()) : List.of();
            datePolls.closed(handle, done, dates, available);
        }
        return done;
    }

    private static PollVote decisionVote(ProposalResult proposal) {
        return new PollVote(proposal.pour(), proposal.contre(), proposal.abstention(), proposal.blocage(), proposal.voters(),
                proposal.turnout().eligible(), proposal.turnout().quorumRequired(), proposal.turnout().quorumMet(),
                proposal.threshold().map(Threshold::toString), proposal.consent());
    }
}
