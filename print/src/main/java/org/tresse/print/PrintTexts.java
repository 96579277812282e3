package org.tresse.print;

import java.util.List;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.i18n.Texts;

/** The texts of reports and posters: the bundle {@value #BUNDLE} (French base, English beside). */
public final class PrintTexts {
    public static final String BUNDLE = "org.tresse.print.texts";

    private PrintTexts() {}

    /** The print texts alone, in {@code language} (the command line has no other bundle to add). */
    public static Texts in(Language language) {
        return new I18n(language, List.of(BUNDLE)).texts(language);
    }
}
