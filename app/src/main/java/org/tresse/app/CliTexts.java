package org.tresse.app;

import java.util.List;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;

/** The command line's own words (database, migration, backups, configuration files, exports), French first, English beside. */
final class CliTexts {
    static final String BUNDLE = "org.tresse.app.store.texts";
    private static final I18n TEXTS = new I18n(Language.FR, List.of(BUNDLE));

    private CliTexts() {}

    /** The text in French alone (the terminal's log lines, whose messages are English). */
    static String french(String key, Object... arguments) {
        return TEXTS.texts(Language.FR).get(key, arguments);
    }

    /** The text in French, then in English between parentheses on the same line. */
    static String inline(String key, Object... arguments) {
        return TEXTS.texts(Language.FR).get(key, arguments) + " (" + TEXTS.texts(Language.EN).get(key, arguments) + ")";
    }

    /** The text in French with {@code french}, then in English with {@code english} between parentheses on the next line. */
    static String bothEach(String key, Object[] french, Object[] english) {
        return TEXTS.texts(Language.FR).get(key, french) + "\n(" + TEXTS.texts(Language.EN).get(key, english) + ")";
    }

    /** The text in French, then in English between parentheses on the next line. */
    static String both(String key, Object... arguments) {
        return TEXTS.texts(Language.FR).get(key, arguments) + "\n(" + TEXTS.texts(Language.EN).get(key, arguments) + ")";
    }
}
