package org.tresse.core.poll.tally;

import java.util.OptionalInt;

/**
 * How many persons voted, out of how many could (unknown for a public poll), and the quorum.
 *
 * @param quorumRequired the number of voters needed, 0 when there is no quorum
 */
public record Turnout(int voters, OptionalInt eligible, int quorumRequired) {
    public boolean quorumMet() {
        return voters >= quorumRequired;
    }

    public boolean hasQuorum() {
        return quorumRequired > 0;
    }

    /** Percentage of eligible voters who voted, rounded; empty when nobody knows how many could. */
    public OptionalInt percent() {
        if (eligible.isEmpty() || eligible.getAsInt() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * voters / eligible.getAsInt()));
    }
}
