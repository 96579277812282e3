package org.tresse.core.text;

import java.util.Collection;
import java.util.Optional;

/** Telling a typo from another word: the edit distance between words as {@link Folding#forSearch} folds them. */
public final class Typos {
    private Typos() {}

    /** The candidate closest to {@code typed}, if it is close enough to be a slip (1 edit for short words, 2 otherwise). */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String folded = Folding.forSearch(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(folded, Folding.forSearch(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = folded.length() <= 4 ? 1 : 2;
        return best != null && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    public static int distance(String first, String second) {
        int[] previous = new int[second.length() + 1];
        int[] current = new int[second.length() + 1];
        for (int column = 0; column <= second.length(); column++) {
            previous[column] = column;
        }
        for (int row = 1; row <= first.length(); row++) {
            current[0] = row;
            for (int column = 1; column <= second.length(); column++) {
                int cost = first.charAt(row - 1) == second.charAt(column - 1) ? 0 : 1;
                current[column] = Math.min(Math.min(current[column - 1] + 1, previous[column] + 1), previous[column - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[second.length()];
    }
}
