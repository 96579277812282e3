package org.tresse.commands.internal;

import java.util.Collection;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tresse.core.text.Folding;

/** Comparing words the way people type them: case and accents ignored, typos forgiven. */
public final class Words {
    private Words() {}

    /** Characters nobody sees: zero-width spaces and joiners, word joiners, bidirectional marks, soft hyphens. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    /**
     * Lower case, accents removed: "Résultats" and "resultats" fold to the same word ({@link Folding});
     * also the full-width and other compatibility forms as their plain letters (NFKC: "ａｉｄｅ"), and
     * without the invisible characters a paste carries: a word reads as what it shows.
     */
    public static String fold(String text) {
        return Folding.fold(INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""));
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
