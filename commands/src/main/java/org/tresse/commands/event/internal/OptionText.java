package org.tresse.commands.event.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tresse.commands.Command;
import org.tresse.commands.OptionSpec;
import org.tresse.commands.internal.Tokenizer;
import org.tresse.commands.internal.Words;

/**
 * Reads a command line whose option values may be several words without quotes:
 * {@code /evenement "AG" --le samedi 10h --lieu La Vayssade --repete chaque premier mardi du mois}.
 * A value runs to the next option; words before the first option, or after a flag, are the
 * command's arguments. (The router has already refused unknown options.)
 */
public final class OptionText {
    private OptionText() {}

    /** The arguments, and each option's value by its identifier ("" for a flag). */
    public record Read(List<String> arguments, Map<String, String> options) {
        public Optional<String> option(String name) {
            return Optional.ofNullable(options.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        }

        public boolean flag(String name) {
            return options.containsKey(name);
        }
    }

    public static Read read(Command command, String line) {
        List<String> words = Tokenizer.split(line.strip().substring(1));
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        String current = null;
        List<String> value = new ArrayList<>();
        for (int index = 1; index < words.size(); index++) {
            String word = words.get(index);
            Optional<OptionSpec> option = option(command, word);
            if (option.isPresent()) {
                if (current != null) {
                    options.put(current, String.join(" ", value));
                }
                value.clear();
                current = option.get().flag() ? null : option.get().name();
                if (option.get().flag()) {
                    options.put(option.get().name(), "");
                }
                int equals = word.indexOf('=');
                if (current != null && equals > 0) {
                    value.add(word.substring(equals + 1));
                }
            } else if (current != null) {
                value.add(word);
            } else {
                arguments.add(word);
            }
        }
        if (current != null) {
            options.put(current, String.join(" ", value));
        }
        return new Read(arguments, options);
    }

    private static Optional<OptionSpec> option(Command command, String word) {
        String dashed = word.startsWith("—") || word.startsWith("–") ? "--" + word.substring(1) : word;
        if (!dashed.startsWith("--") || dashed.length() <= 2) {
            return Optional.empty();
        }
        String name = dashed.substring(2);
        int equals = name.indexOf('=');
        return command.option(Words.fold(equals > 0 ? name.substring(0, equals) : name));
    }
}
