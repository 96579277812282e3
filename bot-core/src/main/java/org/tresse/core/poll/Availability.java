package org.tresse.core.poll;

import java.util.Arrays;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;

/** How a date of a date poll suits a person (Framadate's oui / si besoin / non). */
public enum Availability {
    YES('2'),
    IF_NEED_BE('1'),
    NO('0');

    private final char code;

    Availability(char code) {
        this.code = code;
    }

    char code() {
        return code;
    }

    static Availability ofCode(char code) {
        return Arrays.stream(values()).filter(value -> value.code == code).findFirst().orElse(NO);
    }

    /** Its name in {@code texts}' language: "Oui", "Si besoin", "Non". */
    public String label(Texts texts) {
        return texts.get("dispo." + name());
    }

    /** As people write it ({@code mots.dispo.*}): oui, si besoin, non, yes, if need be… */
    public static Optional<Availability> parse(String text) {
        Vocabulary words = Vocabulary.of(Polls.DATES_BUNDLE);
        return Arrays.stream(values()).filter(value -> words.means("mots.dispo." + value.name(), text)).findFirst();
    }
}
