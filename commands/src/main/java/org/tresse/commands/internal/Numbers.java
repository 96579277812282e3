package org.tresse.commands.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number as people type it: {@code 12}, {@code #12}, {@code n°12}, {@code no12}. */
public final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:#|n°|no\\.?|nº)?\\s*(\\d+)$");
    private static final int MAX_DIGITS = 12;

    private Numbers() {}

    /** The number, if {@code word} is one that can be somebody's (at most 12 digits). */
    public static Optional<Long> parse(String word) {
        Matcher matcher = NUMBER.matcher(word.strip());
        return matcher.matches() && matcher.group(1).length() <= MAX_DIGITS
                ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** Whether {@code word} is written as a number, however long: {@code 99999999999999999999} is one, nobody's. */
    public static boolean looksLikeNumber(String word) {
        return NUMBER.matcher(word.strip()).matches();
    }

    /** The raw text after the command word and {@code skipped} more words (line breaks kept). */
    public static String textAfter(String message, int skipped) {
        String text = message.strip();
        int index = 0;
        for (int word = 0; word <= skipped && index < text.length(); word++) {
            while (index < text.length() && !Character.isWhitespace(text.charAt(index))) {
                index++;
            }
            while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                index++;
            }
        }
        return text.substring(index).strip();
    }
}
