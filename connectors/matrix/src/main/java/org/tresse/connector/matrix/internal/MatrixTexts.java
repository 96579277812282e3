package org.tresse.connector.matrix.internal;

import java.util.List;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;

/**
 * The connector's own words ({@code org.tresse.connector.matrix.texts}): a room's readers may speak
 * either language, so what the connector posts says it in French, then in English.
 */
final class MatrixTexts {
    private static final I18n TEXTS = new I18n(Language.FR, List.of("org.tresse.connector.matrix.texts"));

    private MatrixTexts() {}

    /** The text under {@code key} in French, then in English. */
    static String both(String key, String separator, Object... arguments) {
        return TEXTS.texts(Language.FR).get(key, arguments) + separator + TEXTS.texts(Language.EN).get(key, arguments);
    }
}
