package org.tresse.core.poll.tally;

import java.util.Optional;
import org.tresse.core.poll.Threshold;

/**
 * A proposal's tally. Adopted when the threshold of "pour" over expressed votes (pour + contre)
 * is met — by default more pour than contre —, the quorum is reached, and in consent mode nobody
 * blocks.
 */
public record ProposalResult(
        int pour,
        int contre,
        int abstention,
        int blocage,
        Turnout turnout,
        Optional<Threshold> threshold,
        boolean consent,
        boolean thresholdMet,
        boolean blocked,
        boolean adopted) implements PollResult {

    public int expressed() {
        return pour + contre;
    }
}
