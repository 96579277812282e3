package org.tresse.commands;

import java.util.List;
import org.tresse.core.text.Folding;

/**
 * An option a command takes: {@code --groupe cafe} (a value) or {@code --secret} (a flag).
 * {@code name} is its identifier in the code ({@code call.option("groupe")}); {@code words} are
 * what people may type, from the command's bundle ({@code commande.sondage.option.groupe}),
 * French first then English: the first is the one Tresse writes in its answers.
 */
public record OptionSpec(String name, List<String> words, boolean flag) {
    public OptionSpec {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the option " + name + " has no words");
        }
    }

    /** Whether {@code word} (folded) is one of its words. */
    public boolean answersTo(String word) {
        return words.stream().anyMatch(known -> Folding.fold(known).equals(word));
    }

    /** The word Tresse writes for it: {@code --jusqua}. */
    public String shown() {
        return words.get(0);
    }
}
