package org.tresse.commands;

import java.util.List;

/**
 * An option a command takes: {@code --groupe cafe} (a value) or {@code --secret} (a flag).
 * {@code name} is French; {@code aliases} are usually the English name.
 */
public record OptionSpec(String name, List<String> aliases, boolean flag) {
    public OptionSpec {
        aliases = List.copyOf(aliases);
    }

    public boolean answersTo(String word) {
        return name.equals(word) || aliases.contains(word);
    }
}
