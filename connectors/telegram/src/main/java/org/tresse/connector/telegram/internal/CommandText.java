package org.tresse.connector.telegram.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The text of a message as the commands expect it: {@code /vote@TresseBot 3} becomes
 * {@code /vote 3}; a command addressed to another bot ({@code /vote@OtherBot}) is not for us.
 *
 * <p>The command is the text's whole leading word, not the {@code bot_command} entity Telegram
 * marks: that one stops at the first character outside {@code [A-Za-z0-9_]}, and Tresse's names
 * hold hyphens and accents ({@code /compte-rendu@OtherBot} is marked {@code /compte}).
 */
public final class CommandText {
    private CommandText() {}

    /** The text to hand to the engine, or empty when the command is addressed to another bot. */
    public static Optional<String> of(String text, String botUsername) {
        if (!text.startsWith("/")) {
            return Optional.of(text);
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !Character.isSpaceChar(text.charAt(end))) {
            end++;
        }
        String command = text.substring(0, end);
        int at = command.indexOf('@');
        if (at <= 1) {
            return Optional.of(text);
        }
        String addressee = command.substring(at + 1);
        if (botUsername != null && !addressee.toLowerCase(Locale.ROOT).equals(botUsername.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(command.substring(0, at) + text.substring(end));
    }
}
