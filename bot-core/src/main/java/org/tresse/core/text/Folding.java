package org.tresse.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares words the way people type them. One rule for all of Tresse: case and accents
 * ignored, typographic apostrophes as plain ones, runs of spaces as one.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Characters nobody sees: zero-width spaces and joiners, word joiners, bidirectional marks, soft hyphens. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private Folding() {}

    /** "Résultats" and " resultats" fold to the same word; "aujourd’hui" to "aujourd'hui". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    /**
     * The text as it shows: compatibility forms as their plain letters (NFKC: "ａｉｄｅ" is "aide", a
     * ligature its letters) and without the invisible characters a paste carries.
     */
    public static String asShown(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** For searching free text: also hyphens and underscores count as spaces ("porte-ouverte" finds "porte ouverte"). */
    public static String forSearch(String text) {
        return fold(text.replace('-', ' ').replace('_', ' '));
    }
}
