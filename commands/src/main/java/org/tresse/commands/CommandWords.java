package org.tresse.commands;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Vocabulary;

/**
 * The words people type for a command, from its feature's bundle: its names
 * ({@code commande.avis.noms=avis} in French, {@code =feedback} in English; the first is the one
 * shown to that language's readers, the others are aliases) and its options'
 * ({@code commande.avis.option.anonyme=anonyme} and {@code =anonymous}). Every language's words
 * are understood whatever the reader's.
 */
final class CommandWords {
    /**
     * What a name or an option's word may hold: a space would split it, {@code =} give an option its
     * value, {@code @} address a bot, quotes group words, a {@code /} be eaten, an invisible
     * character never be seen.
     */
    private static final Pattern TYPABLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_'’-]*");

    private final String bundle;
    private final String command;
    private final Vocabulary vocabulary;

    private CommandWords(String bundle, String command) {
        this.bundle = bundle;
        this.command = command;
        this.vocabulary = Vocabulary.of(bundle);
    }

    static CommandWords of(String bundle, String command) {
        return new CommandWords(bundle, command);
    }

    /** The key of the command's names. */
    static String namesKey(String command) {
        return "commande." + command + ".noms";
    }

    /** The key of an option's words. */
    static String optionKey(String command, String option) {
        return "commande." + command + ".option." + option;
    }

    /** Its names in each language, as written. */
    Map<Language, List<String>> names() {
        Map<Language, List<String>> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, required(namesKey(command), language));
        }
        return names;
    }

    /** The words of one of its options, French first, each once. */
    List<String> option(String option) {
        Set<String> words = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            words.addAll(required(optionKey(command, option), language));
        }
        return List.copyOf(words);
    }

    /** The word written for one of its options in each language: the first of that language's words. */
    Map<Language, String> optionShown(String option) {
        Map<Language, String> shown = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            shown.put(language, required(optionKey(command, option), language).get(0));
        }
        return shown;
    }

    private List<String> required(String key, Language language) {
        List<String> words = vocabulary.written(key, language);
        if (words.isEmpty()) {
            throw new IllegalStateException("the command " + command + " has no words " + key + " in " + bundle
                    + (language == Language.FR ? "" : "_" + language.code()));
        }
        for (String word : words) {
            if (!TYPABLE.matcher(word).matches()) {
                throw new IllegalStateException("the command " + command + " has the word \"" + word + "\" under " + key + " in " + bundle
                        + (language == Language.FR ? "" : "_" + language.code())
                        + ", which nobody could type: letters, digits, hyphens, underscores and apostrophes only");
            }
        }
        return new ArrayList<>(words);
    }
}
