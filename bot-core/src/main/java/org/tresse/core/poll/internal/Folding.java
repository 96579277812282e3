package org.tresse.core.poll.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Compares words the way people type them: case, accents, hyphens and extra spaces ignored. */
public final class Folding {
    private Folding() {}

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .replace('’', '\'')
                .replace('-', ' ')
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
