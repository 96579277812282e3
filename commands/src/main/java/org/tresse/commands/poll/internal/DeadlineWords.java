package org.tresse.commands.poll.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.tresse.commands.Command;
import org.tresse.commands.OptionSpec;
import org.tresse.commands.internal.OptionWord;
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
            Optional<OptionWord> written = OptionWord.read(words.get(index));
            if (written.isEmpty()) {
                arguments.add(words.get(index));
                continue;
            }
            Optional<OptionSpec> option = command.option(Words.fold(written.get().name()));
            if (option.isEmpty() || option.get().flag()) {
                continue;
            }
            String value = written.get().joinedValue().orElse(null);
            if (value == null) {
                if (index + 1 >= words.size()) {
                    continue;
                }
                value = words.get(++index);
            }
            if (option.get().name().equals(deadlineOption)) {
                int taken = 0;
                for (int extra = 1; extra <= MAX_EXTRA_WORDS && index + extra < words.size(); extra++) {
                    if (OptionWord.startsLikeOne(words.get(index + extra))) {
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
}
