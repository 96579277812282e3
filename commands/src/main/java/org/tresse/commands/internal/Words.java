package org.tresse.commands.internal;

import java.util.Collection;
import java.util.Optional;
import org.tresse.core.text.Folding;

/** Comparing words the way people type them: case and accents ignored, typos forgiven. */
public final class Words {
    private Words() {}

    /** Lower case, accents removed: "Résultats" and "resultats" fold to the same word ({@link Folding}). */
    public static String fold(String text) {
        return Folding.fold(text);
    }

    /** The candidate closest to {@code word}, if it is close enough to be a typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String folded = fold(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(folded, fold(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = folded.length() <= 4 ? 1 : 2;
        return best != null && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String first, String second) {
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
