package org.tresse.commands.internal;

import java.util.Optional;

/**
 * One word written as an option: {@code --name} or {@code --name=value}, with the long dashes
 * phones type ("—", "–") read as two. The name is as written (fold it to look it up); the value
 * is there when it was joined by {@code =}, otherwise the option's value is the next word.
 */
public record OptionWord(String written, String name, Optional<String> joinedValue) {

    /** {@code word} read as an option, or empty when it is an argument (a lone {@code --} is one). */
    public static Optional<OptionWord> read(String word) {
        String written = dashes(word);
        if (!written.startsWith("--") || written.length() <= 2) {
            return Optional.empty();
        }
        String name = written.substring(2);
        int equals = name.indexOf('=');
        if (equals > 0) {
            return Optional.of(new OptionWord(written, name.substring(0, equals), Optional.of(name.substring(equals + 1))));
        }
        return Optional.of(new OptionWord(written, name, Optional.empty()));
    }

    /** Whether {@code word} starts as an option does (two dashes, or a phone's long one). */
    public static boolean startsLikeOne(String word) {
        return dashes(word).startsWith("--");
    }

    /** Phones turn "--" into "—" or "–". */
    private static String dashes(String word) {
        if (word.startsWith("—") || word.startsWith("–")) {
            return "--" + word.substring(1);
        }
        return word;
    }
}
