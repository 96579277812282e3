package org.tresse.commands;

import java.util.List;
import java.util.Map;
import org.tresse.core.i18n.Language;
import org.tresse.core.text.Folding;

/**
 * An option a command takes: {@code --groupe cafe} (a value) or {@code --secret} (a flag).
 * {@code name} is its identifier in the code ({@code call.option("groupe")}); {@code words} are
 * what people may type, from the command's bundle ({@code commande.sondage.option.groupe}),
 * French first then English; {@code shown} is the word Tresse writes for it in each language (the
 * first of that language's bundle).
 */
public record OptionSpec(String name, List<String> words, boolean flag, Map<Language, String> shown) {
    public OptionSpec {
        words = List.copyOf(words);
        shown = Map.copyOf(shown);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the option " + name + " has no words");
        }
    }

    /** Whether {@code word} (folded) is one of its words. */
    public boolean answersTo(String word) {
        return words.stream().anyMatch(known -> Folding.fold(known).equals(word));
    }

    /** The word Tresse writes for it to readers of {@code language}: {@code --jusqua}, {@code --until}. */
    public String shownIn(Language language) {
        return shown.getOrDefault(language, words.get(0));
    }
}
