package org.tresse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.tresse.config.ConfigLoader;
import org.tresse.core.i18n.Language;

/**
 * The language of the command line's help ({@code tresse --help}, bundle {@code org.tresse.app.cli.texts}):
 * the association's, when {@code tresse.yml} in this folder says it; else the system's ({@code LC_ALL},
 * {@code LC_MESSAGES}, {@code LANG}) when it is English; else French.
 */
final class HelpLanguage {
    static final String BUNDLE = "org.tresse.app.cli.texts";
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private HelpLanguage() {}

    static Language of(Path config, Function<String, String> environment) {
        return configured(config, environment).orElseGet(() -> system(environment));
    }

    /** The help's texts in {@code language}. */
    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language == Language.FR ? Locale.ROOT : language.locale(), HelpLanguage.class.getClassLoader(),
                NO_LOCALE_FALLBACK);
    }

    private static Optional<Language> configured(Path config, Function<String, String> environment) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            return Language.parse(new ConfigLoader(environment).load(config).association().language().code());
        } catch (RuntimeException unreadable) {
            // tresse check says what is wrong with it; the help is shown anyway
            return Optional.empty();
        }
    }

    private static Language system(Function<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.FR;
            }
        }
        return Language.FR;
    }
}
