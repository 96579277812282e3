package org.tresse.core.poll;

import java.time.LocalDate;
import java.util.Optional;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.Decisions;
import org.tresse.core.decision.PollVote;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.core.store.Handle;

/**
 * What a closed poll leaves in the register: a proposal someone voted on, at its close (adopted or
 * rejected); any other closed poll's result when a coordinator records it. A proposal nobody voted
 * on leaves nothing: it was not rejected, it was not answered.
 */
final class PollDecisions {
    private final PollStore store;
    private final Decisions decisions;

    PollDecisions(PollStore store, Decisions decisions) {
        this.store = store;
        this.decisions = decisions;
    }

    /** At close: a proposal's decision, if anyone took part. */
    Optional<Decision> atClose(Handle handle, Poll closed, PollResult result, LocalDate day) {
        if (!(result instanceof ProposalResult proposal) || proposal.voters() == 0) {
            return Optional.empty();
        }
        return Optional.of(proposal(handle, closed, proposal, day, Optional.empty()));
    }

    /**
     * A coordinator records the result of a closed poll: a proposal's tally as at close, any other
     * kind's result in words ({@code body}). Refused for an open, cancelled or already recorded poll.
     */
    Decision record(Handle handle, Poll poll, PollResult result, String body, LocalDate day, long recordedBy) {
        if (poll.isOpen()) {
            throw new UserError("decision.sondage.ouvert", poll.key());
        }
        if (poll.cancelled()) {
            throw new UserError("decision.sondage.annule", poll.key());
        }
        if (poll.decisionId().isPresent()) {
            throw new UserError("decision.sondage.deja", poll.key(), poll.decisionId().get());
        }
        if (result instanceof ProposalResult proposal) {
            return proposal(handle, poll, proposal, day, Optional.of(recordedBy));
        }
        Decision recorded = decisions.recordPollResult(handle, poll.id(), poll.question(), body, poll.audience().group(), day,
                recordedBy);
        store.linkDecision(handle, poll.id(), recorded.id());
        return recorded;
    }

    private Decision proposal(Handle handle, Poll poll, ProposalResult proposal, LocalDate day, Optional<Long> recordedBy) {
        PollVote vote = new PollVote(proposal.pour(), proposal.contre(), proposal.abstention(), proposal.blocage(),
                proposal.voters(), proposal.turnout().eligible(), proposal.turnout().quorumRequired(),
                proposal.turnout().quorumMet(), proposal.threshold().map(Threshold::toString), proposal.consent());
        Decision recorded = decisions.recordPoll(handle, poll.id(), poll.question(), poll.audience().group(), day,
                proposal.adopted(), vote, recordedBy);
        store.linkDecision(handle, poll.id(), recorded.id());
        return recorded;
    }
}
