package org.tresse.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.people.Role;

/**
 * A command: its French name, English aliases, who may use it, its help texts (keys in the
 * resource bundles) and what it does. Built with {@link #named(String)}.
 *
 * @param summaryKey one line for {@code /aide}
 * @param usageKey   how to write it, shown by {@code /aide name} and when it is miswritten
 */
public record Command(
        String name,
        List<String> aliases,
        Role minimumRole,
        String summaryKey,
        String usageKey,
        List<OptionSpec> options,
        int minArguments,
        int maxArguments,
        CommandAction action) {

    public Command {
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public Optional<OptionSpec> option(String word) {
        return options.stream().filter(option -> option.answersTo(word)).findFirst();
    }

    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    /** Builds a {@link Command}; by default anyone may use it and it takes no argument. */
    public static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private Role role = Role.RESIDENT;
        private String summaryKey;
        private String usageKey;
        private final List<OptionSpec> options = new ArrayList<>();
        private int minArguments;
        private int maxArguments;

        private Builder(String name) {
            this.name = name;
            this.summaryKey = "commande." + name + ".resume";
            this.usageKey = "commande." + name + ".usage";
        }

        public Builder alias(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        public Builder role(Role minimum) {
            this.role = minimum;
            return this;
        }

        /** Help keys other than the default {@code commande.<name>.resume} and {@code .usage}. */
        public Builder help(String summary, String usage) {
            this.summaryKey = summary;
            this.usageKey = usage;
            return this;
        }

        public Builder option(String optionName, String... optionAliases) {
            options.add(new OptionSpec(optionName, List.of(optionAliases), false));
            return this;
        }

        public Builder flag(String flagName, String... flagAliases) {
            options.add(new OptionSpec(flagName, List.of(flagAliases), true));
            return this;
        }

        /** How many words may follow the command, options aside. */
        public Builder arguments(int min, int max) {
            this.minArguments = min;
            this.maxArguments = max;
            return this;
        }

        public Command does(CommandAction action) {
            return new Command(name, aliases, role, summaryKey, usageKey, options, minArguments, maxArguments, action);
        }
    }
}
