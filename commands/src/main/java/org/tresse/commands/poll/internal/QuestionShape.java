package org.tresse.commands.poll.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tresse.commands.internal.Words;

/**
 * A question typed without quotes, {@code /sondage Ouvrir le café le lundi ?}, is split into a
 * question "Ouvrir" and options "le", "café"…: that is almost never meant. When the first word was
 * not quoted and a {@code ?} falls among the options, an option repeats, or the question is a lone
 * interrogative word ("Quel", "Faut-il"), this gives the quoted line to copy instead.
 */
public final class QuestionShape {
    private static final String QUOTES = "\"«“'";

    private QuestionShape() {}

    /**
     * @param line        the command line as typed, {@code /sondage …}
     * @param arguments   its words once split, options aside: the question, then the options
     * @param interrogative whether a word asks a question ({@code quel}, {@code faut-il}…)
     * @return the line with the question quoted, if the question looks split up
     */
    public static Optional<String> quoted(String line, List<String> arguments, Predicate<String> interrogative) {
        String stripped = line.strip();
        int afterName = firstSpace(stripped);
        if (afterName < 0 || arguments.size() < 2) {
            return Optional.empty();
        }
        String command = stripped.substring(0, afterName);
        String rest = stripped.substring(afterName).strip();
        if (rest.isEmpty() || QUOTES.indexOf(rest.charAt(0)) >= 0) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(1, arguments.size());
        int end = questionEnd(rest);
        boolean questionMarkAmongOptions = options.stream().anyMatch(option -> option.contains("?"));
        if (end < 0 || !(questionMarkAmongOptions || repeats(options) || interrogative.test(arguments.get(0)))) {
            return Optional.empty();
        }
        String question = rest.substring(0, end).strip();
        String after = rest.substring(end).strip();
        return Optional.of(command + " \"" + question + "\"" + (after.isEmpty() ? "" : " " + after));
    }

    /**
     * Where the unquoted question ends: just after its first {@code ?} if it comes before any
     * quote or option, else before the first option ({@code --…}) or quote, else at the end.
     */
    private static int questionEnd(String rest) {
        int stop = rest.length();
        for (int index = 0; index < rest.length(); index++) {
            char current = rest.charAt(index);
            if (current == '?') {
                return index + 1;
            }
            boolean optionStart = (index == 0 || Character.isWhitespace(rest.charAt(index - 1)))
                    && (rest.startsWith("--", index) || current == '—' || current == '–');
            if (optionStart || QUOTES.indexOf(current) >= 0 && (index == 0 || Character.isWhitespace(rest.charAt(index - 1)))) {
                stop = index;
                break;
            }
        }
        return stop == 0 ? -1 : stop;
    }

    private static boolean repeats(List<String> options) {
        Set<String> seen = new HashSet<>();
        return options.stream().anyMatch(option -> !seen.add(Words.fold(option)));
    }

    private static int firstSpace(String line) {
        for (int index = 0; index < line.length(); index++) {
            if (Character.isWhitespace(line.charAt(index)) || Character.isSpaceChar(line.charAt(index))) {
                return index;
            }
        }
        return -1;
    }
}
