package org.tresse.core.poll.tally;

/** The tally of a poll: one record per kind. */
public sealed interface PollResult
        permits ProposalResult, CountResult, RankedResult, JudgmentResult, ConsultationResult, DatesResult {
    Turnout turnout();

    /** The number of persons whose ballot was counted. */
    default int voters() {
        return turnout().voters();
    }
}
