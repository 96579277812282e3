package org.tresse.core.text;

import java.util.regex.Pattern;

/** Shortening text for a line, a label or a subject: cut between characters, never inside one, and say so with "…". */
public final class Truncation {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Truncation() {}

    /** {@code text} if it has at most {@code max} characters, else its beginning and "…", {@code max} in all. */
    public static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** One line of at most {@code max} characters: line breaks and runs of spaces become one space. */
    public static String excerpt(String text, int max) {
        return truncate(SPACES.matcher(text).replaceAll(" ").strip(), max);
    }

    /** At most {@code max} characters, cut without a mark: for stored values with a column limit. */
    public static String clip(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
