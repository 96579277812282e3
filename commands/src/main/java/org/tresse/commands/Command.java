package org.tresse.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.tresse.core.engine.Conversation;
import org.tresse.core.i18n.Language;
import org.tresse.core.people.Role;

/**
 * A command: its French name, English aliases, who may use it, its help texts (keys in the
 * resource bundles) and what it does. Built with {@link #named(String)}.
 *
 * @param summaryKey one line for {@code /aide}
 * @param usageKey   how to write it, shown by {@code /aide name} and when it is miswritten
 * @param harmlessIfForged which uses a sender the channel does not vouch for may make as is (the
 *                   answer goes to the real address, nothing of that person changes); any other
 *                   use waits for the sender to prove who they are. By default: none.
 * @param englishName its name in English ({@code /poll} for {@code /sondage}), also understood
 * @param offered    whether {@code /aide} lists it to this person: by default, when they hold its
 *                   minimum role in the association or in the room's group; a command that checks
 *                   finer rights itself (a group's coordination, a poll's author) says who
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
        CommandAction action,
        Predicate<CommandCall> harmlessIfForged,
        String englishName,
        Predicate<Conversation> offered) {

    private static final Predicate<CommandCall> NEVER = call -> false;

    public Command {
        aliases = List.copyOf(aliases);
        options = List.copyOf(options);
        harmlessIfForged = harmlessIfForged == null ? NEVER : harmlessIfForged;
        englishName = englishName == null ? name : englishName;
        Role minimum = minimumRole;
        offered = offered == null ? conversation -> byRole(conversation, minimum) : offered;
    }

    /** A command no unverified sender may use as is, named the same in English, listed by its role. */
    public Command(String name, List<String> aliases, Role minimumRole, String summaryKey, String usageKey,
            List<OptionSpec> options, int minArguments, int maxArguments, CommandAction action,
            Predicate<CommandCall> harmlessIfForged) {
        this(name, aliases, minimumRole, summaryKey, usageKey, options, minArguments, maxArguments, action, harmlessIfForged,
                null, null);
    }

    /** A command no unverified sender may use as is. */
    public Command(String name, List<String> aliases, Role minimumRole, String summaryKey, String usageKey,
            List<OptionSpec> options, int minArguments, int maxArguments, CommandAction action) {
        this(name, aliases, minimumRole, summaryKey, usageKey, options, minArguments, maxArguments, action, NEVER);
    }

    /** The role held in the whole association or in the group of the room the person writes in. */
    private static boolean byRole(Conversation conversation, Role minimum) {
        return conversation.hasRole(minimum, Optional.empty()) || conversation.hasRole(minimum, conversation.roomGroup());
    }

    /** Whether {@code /aide} lists this command to the person of {@code conversation}. */
    public boolean offeredTo(Conversation conversation) {
        return offered.test(conversation);
    }

    /** The name people of {@code language} read in {@code /aide}. */
    public String nameIn(Language language) {
        return language == Language.EN ? englishName : name;
    }

    /** Whether this use may run for a sender the channel does not vouch for. */
    public boolean harmlessIfForged(CommandCall call) {
        return harmlessIfForged.test(call);
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
        private Predicate<CommandCall> harmless = NEVER;
        private String english;
        private Predicate<Conversation> offered;

        private Builder(String name) {
            this.name = name;
            this.summaryKey = "commande." + name + ".resume";
            this.usageKey = "commande." + name + ".usage";
        }

        public Builder alias(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        /** Its English name, shown by {@code /help} and understood like an alias. */
        public Builder english(String englishName) {
            this.english = englishName;
            if (!englishName.equals(name) && !aliases.contains(englishName)) {
                aliases.add(englishName);
            }
            return this;
        }

        /**
         * Whom {@code /aide} lists it to, for a command whose rights are finer than a role (the
         * coordination of some group, a poll's author): what it would not refuse them outright.
         */
        public Builder offeredTo(Predicate<Conversation> who) {
            this.offered = who;
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

        /**
         * Any use is harmless if forged: it only reads, and the answer goes to the address it
         * names, not to whoever forged it. List it in DESIGN.md with the reason.
         */
        public Builder harmlessIfForged() {
            return harmlessIfForged(call -> true);
        }

        /** The uses that are harmless if forged; the others wait for the sender to prove who they are. */
        public Builder harmlessIfForged(Predicate<CommandCall> uses) {
            this.harmless = uses;
            return this;
        }

        public Command does(CommandAction action) {
            return new Command(name, aliases, role, summaryKey, usageKey, options, minArguments, maxArguments, action,
                    harmless, english, offered);
        }
    }
}
