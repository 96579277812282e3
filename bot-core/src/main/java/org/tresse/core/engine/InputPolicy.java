package org.tresse.core.engine;

import java.util.Optional;

/** What the engine refuses before any handler runs. */
public final class InputPolicy {
    /** The longest text accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private InputPolicy() {}

    /** A refusal for this text, or empty if it may go on. */
    public static Optional<UserError> check(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of(new UserError("erreur.trop.long", MAX_TEXT_LENGTH, text.length()));
        }
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (isForbiddenControl(character)) {
                return Optional.of(new UserError("erreur.caracteres.controle"));
            }
            if (character == '\uFFFD') {
                // what a reader puts for bytes that were not UTF-8: the text as sent is lost, say so
                return Optional.of(new UserError("erreur.caracteres.illisibles"));
            }
        }
        return Optional.empty();
    }

    private static boolean isForbiddenControl(char character) {
        if (character == '\n' || character == '\r' || character == '\t') {
            return false;
        }
        return Character.getType(character) == Character.CONTROL;
    }
}
