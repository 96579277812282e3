package org.tresse.commands.internal;

import java.util.Collection;
import java.util.Optional;
import org.tresse.core.text.Folding;

/** Comparing words the way people type them: case and accents ignored, typos forgiven. */
public final class Words {
    private Words() {}

    /**
     * Lower case, accents removed: "Résultats" and "resultats" fold to the same word ({@link Folding});
     * also, {@link Folding#asShown}, the full-width and other compatibility forms as their plain letters (NFKC: "ａｉｄｅ"), and
     * without the invisible characters a paste carries: a word reads as what it shows.
     */
    public static String fold(String text) {
        return Folding.fold(Folding.asShown(text));
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
        return org.tresse.core.text.Typos.distance(first, second);
    }
}
