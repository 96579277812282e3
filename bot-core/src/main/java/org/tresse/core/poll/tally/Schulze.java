package org.tresse.core.poll.tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Schulze's method: pairwise preferences, strongest paths (widest paths), winners are the
 * options no other beats. Several winners are a tie, broken by first preferences, then by the
 * order of the options in the poll — and the result says which rule decided.
 */
final class Schulze {
    private Schulze() {}

    static RankedResult tally(int optionCount, Map<String, Integer> ballots, Turnout turnout) {
        int[][] pairwise = new int[optionCount][optionCount];
        int[] firstPreferences = new int[optionCount];
        int[] sequence = new int[optionCount];
        int[] groupEnd = new int[optionCount];
        int[] unranked = new int[optionCount];
        boolean[] ranked = new boolean[optionCount];
        for (Map.Entry<String, Integer> ballot : ballots.entrySet()) {
            int weight = ballot.getValue();
            int count = Encoded.sequence(ballot.getKey(), sequence, groupEnd, firstPreferences, weight);
            java.util.Arrays.fill(ranked, false);
            for (int position = 0; position < count; position++) {
                ranked[sequence[position]] = true;
            }
            int unrankedCount = 0;
            for (int option = 0; option < optionCount; option++) {
                if (!ranked[option]) {
                    unranked[unrankedCount++] = option;
                }
            }
            for (int position = 0; position < count; position++) {
                int[] row = pairwise[sequence[position]];
                for (int later = groupEnd[position]; later < count; later++) {
                    row[sequence[later]] += weight;
                }
                for (int index = 0; index < unrankedCount; index++) {
                    row[unranked[index]] += weight;
                }
            }
        }
        int[][] strongest = strongestPaths(pairwise);
        int[] wins = new int[optionCount];
        List<Integer> winners = new ArrayList<>();
        for (int option = 0; option < optionCount; option++) {
            boolean beaten = false;
            for (int other = 0; other < optionCount; other++) {
                if (strongest[option][other] > strongest[other][option]) {
                    wins[option]++;
                } else if (strongest[other][option] > strongest[option][other]) {
                    beaten = true;
                }
            }
            if (!beaten) {
                winners.add(option);
            }
        }
        Comparator<Integer> byFirstPreferences = Comparator.<Integer>comparingInt(option -> -firstPreferences[option])
                .thenComparingInt(option -> option);
        List<Integer> sortedWinners = new ArrayList<>(winners);
        sortedWinners.sort(byFirstPreferences);
        List<Integer> rest = new ArrayList<>();
        for (int option = 0; option < optionCount; option++) {
            if (!winners.contains(option)) {
                rest.add(option);
            }
        }
        rest.sort(Comparator.<Integer>comparingInt(option -> -wins[option]).thenComparing(byFirstPreferences));
        List<Integer> order = new ArrayList<>(sortedWinners);
        order.addAll(rest);
        if (turnout.voters() == 0 || optionCount == 0) {
            return new RankedResult(pairwise, strongest, winners, firstPreferences, order, OptionalInt.empty(), TieBreak.NONE, turnout);
        }
        TieBreak tieBreak = TieBreak.NONE;
        if (sortedWinners.size() > 1) {
            boolean decidedByPreferences = firstPreferences[sortedWinners.get(0)] > firstPreferences[sortedWinners.get(1)];
            tieBreak = decidedByPreferences ? TieBreak.FIRST_PREFERENCES : TieBreak.OPTION_ORDER;
        }
        return new RankedResult(pairwise, strongest, winners, firstPreferences, order,
                OptionalInt.of(sortedWinners.get(0)), tieBreak, turnout);
    }

    /** Widest paths by Floyd–Warshall, starting from the pairwise defeats. */
    static int[][] strongestPaths(int[][] pairwise) {
        int count = pairwise.length;
        int[][] strength = new int[count][count];
        for (int from = 0; from < count; from++) {
            for (int to = 0; to < count; to++) {
                if (from != to && pairwise[from][to] > pairwise[to][from]) {
                    strength[from][to] = pairwise[from][to];
                }
            }
        }
        for (int via = 0; via < count; via++) {
            for (int from = 0; from < count; from++) {
                if (from == via) {
                    continue;
                }
                for (int to = 0; to < count; to++) {
                    if (to != from && to != via) {
                        strength[from][to] = Math.max(strength[from][to], Math.min(strength[from][via], strength[via][to]));
                    }
                }
            }
        }
        return strength;
    }
}
