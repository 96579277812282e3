package org.tresse.connector.email.internal;

import java.util.regex.Pattern;
import org.tresse.core.i18n.Vocabulary;

/**
 * Whether a reply to a button's personal address presses it: only when what the person wrote
 * says nothing (its first line is empty) or yes. "Non, ce n'est pas moi !" presses nothing.
 */
public final class ButtonReply {
    private static final Vocabulary WORDS = Vocabulary.of("org.tresse.connector.email.texts");
    /** Punctuation around the words: "Oui !", "Oui, c'est moi." */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s.,;:!?…()\\[\\]«»\"]+");

    private ButtonReply() {}

    /** {@code cleaned}: the reply without quotes nor signature ({@link ReplyText#clean}). */
    public static boolean presses(String cleaned) {
        String line = PUNCTUATION.matcher(ReplyText.firstLine(cleaned)).replaceAll(" ").strip();
        return line.isEmpty() || WORDS.means("mots.oui", line);
    }
}
