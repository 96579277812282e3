package org.tresse.core.voice;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tresse.core.text.Folding;

/** Voice tags ({@code #café}): lower case, letters, digits, {@code -} and {@code _}, at most 40 characters. */
public final class Tags {
    public static final int MAX_LENGTH = 40;
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}_-]{1," + MAX_LENGTH + "}");

    private Tags() {}

    /** {@code #Café} becomes {@code café}; empty if it is not a valid tag. */
    public static Optional<String> normalize(String raw) {
        String tag = raw.strip();
        if (tag.startsWith("#")) {
            tag = tag.substring(1);
        }
        tag = Normalizer.normalize(tag, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return VALID.matcher(tag).matches() ? Optional.of(tag) : Optional.empty();
    }

    /** The key two spellings share: {@code café} and {@code cafe} are one tag. */
    public static String key(String tag) {
        return Folding.fold(tag);
    }
}
