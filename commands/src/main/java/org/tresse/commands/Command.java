package org.tresse.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tresse.core.engine.Conversation;
import org.tresse.core.i18n.Language;
import org.tresse.core.people.Role;
import org.tresse.core.text.Folding;

/**
 * A command: its identifier, the names people type for it in each language (read from its
 * feature's bundle, {@link CommandWords}), who may use it, its help texts (keys in the resource
 * bundles) and what it does. Built with {@link #named(String, String)}.
 *
 * @param name       its identifier in the code, which also names its keys ({@code commande.avis.resume})
 * @param names      what people type for it, per language, the first one shown to that language's readers
 * @param summaryKey one line for {@code /aide}
 * @param usageKey   how to write it, shown by {@code /aide name} and when it is miswritten
 * @param harmlessIfForged which uses a sender the channel does not vouch for may make as is (the
 *                   answer goes to the real address, nothing of that person changes); any other
 *                   use waits for the sender to prove who they are. By default: none.
 * @param offered    whether {@code /aide} lists it to this person: by default, when they hold its
 *                   minimum role in the association or in the room's group; a command that checks
 *                   finer rights itself (a group's coordination, a poll's author) says who
 */
public record Command(
        String name,
        Map<Language, List<String>> names,
        Role minimumRole,
        String summaryKey,
        String usageKey,
        List<OptionSpec> options,
        int minArguments,
        int maxArguments,
        CommandAction action,
        Predicate<CommandCall> harmlessIfForged,
        Predicate<Conversation> offered) {

    private static final Predicate<CommandCall> NEVER = call -> false;

    public Command {
        Map<Language, List<String>> copy = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> written = names.getOrDefault(language, List.of());
            if (written.isEmpty()) {
                throw new IllegalArgumentException("the command " + name + " has no name in " + language.code());
            }
            copy.put(language, List.copyOf(written));
        }
        names = Collections.unmodifiableMap(copy);
        options = List.copyOf(options);
        sameWordTwice(name, options);
        harmlessIfForged = harmlessIfForged == null ? NEVER : harmlessIfForged;
        Role minimum = minimumRole;
        offered = offered == null ? conversation -> byRole(conversation, minimum) : offered;
    }

    /** Two options of one command answering to one word: which would it be? A startup error. */
    private static void sameWordTwice(String name, List<OptionSpec> options) {
        Map<String, String> claimed = new HashMap<>();
        for (OptionSpec option : options) {
            for (String word : option.words()) {
                String other = claimed.putIfAbsent(Folding.fold(word), option.name());
                if (other != null && !other.equals(option.name())) {
                    throw new IllegalArgumentException("the options " + other + " and " + option.name() + " of the command " + name
                            + " are both written --" + word);
                }
            }
        }
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
        return names.get(language).get(0);
    }


    /** Whether this use may run for a sender the channel does not vouch for. */
    public boolean harmlessIfForged(CommandCall call) {
        return harmlessIfForged.test(call);
    }

    /**
     * A command of identifier {@code name} whose words are in {@code bundle}:
     * {@code commande.NAME.noms} and, for each option, {@code commande.NAME.option.OPTION}.
     */
    public static Builder named(String name, String bundle) {
        return new Builder(name, bundle);
    }

    public Optional<OptionSpec> option(String word) {
        return options.stream().filter(option -> option.answersTo(word)).findFirst();
    }

    /** The option of identifier {@code name}. */
    public OptionSpec optionNamed(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the command " + this.name + " has no option " + name));
    }

    /** Every bundle key it reads: its help, its names and its options' words (for the bundles' test). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(summaryKey, usageKey, CommandWords.namesKey(name)));
        options.forEach(option -> keys.add(CommandWords.optionKey(name, option.name())));
        return keys;
    }

    /** Every name understood, each once: the shown name of each language, then the aliases of each. */
    public List<String> allNames() {
        Set<String> all = new LinkedHashSet<>();
        names.values().forEach(written -> all.add(written.get(0)));
        names.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Builds a {@link Command}; by default anyone may use it and it takes no argument. */
    public static final class Builder {
        private final String name;
        private final String bundle;
        private Role role = Role.RESIDENT;
        private String summaryKey;
        private String usageKey;
        private final List<String> options = new ArrayList<>();
        private final Set<String> flags = new HashSet<>();
        private int minArguments;
        private int maxArguments;
        private Predicate<CommandCall> harmless = NEVER;
        private Predicate<Conversation> offered;

        private Builder(String name, String bundle) {
            this.name = name;
            this.bundle = bundle;
            this.summaryKey = "commande." + name + ".resume";
            this.usageKey = "commande." + name + ".usage";
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

        /** An option taking a value, its words under {@code commande.NAME.option.OPTION}. */
        public Builder option(String option) {
            options.add(option);
            return this;
        }

        /** An option without a value, its words under {@code commande.NAME.option.FLAG}. */
        public Builder flag(String flag) {
            options.add(flag);
            flags.add(flag);
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

        /** The command, its words read from its bundle: a word missing there is a startup error. */
        public Command does(CommandAction action) {
            CommandWords words = CommandWords.of(bundle, name);
            List<OptionSpec> specs = options.stream().map(option -> new OptionSpec(option, words.option(option), flags.contains(option), words.optionShown(option))).toList();
            return new Command(name, words.names(), role, summaryKey, usageKey, specs, minArguments, maxArguments, action, harmless, offered);
        }
    }
}
