package org.tresse.commands.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number as people type it: {@code 12}, {@code #12}, {@code n°12}, {@code no12}. */
public final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:#|n°|no\\.?|nº)?\\s*(\\d{1,12})$");

    private Numbers() {}

    public static Optional<Long> parse(String word) {
        Matcher matcher = NUMBER.matcher(word.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
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
