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

    /** {@code fr}, {@code français}, {@code en}, {@code english}... in any case ({@code mots.langue.*}). */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(text.strip()) || Vocabulary.of(I18n.CORE_BUNDLE).means("mots.langue." + language.name(), text)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
