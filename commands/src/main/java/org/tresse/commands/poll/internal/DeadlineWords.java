package org.tresse.commands.poll.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.tresse.commands.Command;
import org.tresse.commands.OptionSpec;
import org.tresse.commands.internal.Tokenizer;
import org.tresse.commands.internal.Words;

/**
 * People write {@code --jusqua dimanche 20h} without quotes: the deadline option takes its value
 * and as many following words (up to four) as still make a deadline. Returns the deadline text
 * and the command's other words, as the router would have split them.
 */
public final class DeadlineWords {
    private static final int MAX_EXTRA_WORDS = 4;

    private DeadlineWords() {}

    /** What was read: the deadline text, if the option was given, and the remaining arguments. */
    public record Read(Optional<String> deadline, List<String> arguments) {}

    public static Read read(Command command, String line, String deadlineOption, Predicate<String> understood) {
        List<String> words = Tokenizer.split(line.strip().substring(1));
        List<String> arguments = new ArrayList<>();
        Optional<String> deadline = Optional.empty();
        for (int index = 1; index < words.size(); index++) {
            String word = dashes(words.get(index));
            if (!word.startsWith("--") || word.length() <= 2) {
                arguments.add(words.get(index));
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            Optional<OptionSpec> option = command.option(Words.fold(name));
            if (option.isEmpty() || option.get().flag()) {
                continue;
            }
            if (value == null) {
                if (index + 1 >= words.size()) {
                    continue;
                }
                value = words.get(++index);
            }
            if (option.get().name().equals(deadlineOption)) {
                int taken = 0;
                for (int extra = 1; extra <= MAX_EXTRA_WORDS && index + extra < words.size(); extra++) {
                    if (dashes(words.get(index + extra)).startsWith("--")) {
                        break;
                    }
                    String candidate = value + " " + String.join(" ", words.subList(index + 1, index + extra + 1));
                    if (understood.test(candidate)) {
                        taken = extra;
                    }
                }
                if (taken > 0) {
                    value = value + " " + String.join(" ", words.subList(index + 1, index + taken + 1));
                    index += taken;
                }
                deadline = Optional.of(value);
            }
        }
        return new Read(deadline, arguments);
    }

    private static String dashes(String word) {
        if (word.startsWith("—") || word.startsWith("–")) {
            return "--" + word.substring(1);
        }
        return word;
    }
}
