package org.tresse.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Tresse speaks. French first. */
public enum Language {
    FR("fr", Locale.FRENCH),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code fr}, {@code français}, {@code en}, {@code english}... in any case. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "fr", "français", "francais", "french":
                return Optional.of(FR);
            case "en", "anglais", "english":
                return Optional.of(EN);
            default:
                return Optional.empty();
        }
    }
}
