package org.tresse.core.poll.tally;

import java.util.List;
import java.util.OptionalInt;

/**
 * A Schulze tally.
 *
 * @param pairwise         {@code pairwise[i][j]}: persons who ranked option i above option j
 * @param strongest        the strengths of the strongest paths
 * @param schulzeWinners   the options no other beats; several means a tie, broken as {@code tieBreak} says
 * @param firstPreferences persons who ranked each option first (ties at the top count for each)
 * @param order            every option, best first
 * @param winner           the winner after tie-breaking; empty when nobody voted
 */
public record RankedResult(
        int[][] pairwise,
        int[][] strongest,
        List<Integer> schulzeWinners,
        int[] firstPreferences,
        List<Integer> order,
        OptionalInt winner,
        TieBreak tieBreak,
        Turnout turnout) implements PollResult {

    public RankedResult {
        schulzeWinners = List.copyOf(schulzeWinners);
        order = List.copyOf(order);
    }
}
