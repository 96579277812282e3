package org.tresse.connector.telegram.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The text of a message as the commands expect it: {@code /vote@TresseBot 3} becomes
 * {@code /vote 3}; a command addressed to another bot ({@code /vote@OtherBot}) is not for us.
 *
 * <p>Telegram marks a command with a {@code bot_command} entity at offset 0: its offset and
 * length are read from the message's {@code entities}, else the text's leading word is taken.
 */
public final class CommandText {
    private static final Pattern LEADING_COMMAND = Pattern.compile("^(/[A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\\s|$)");

    private CommandText() {}

    /** The text to hand to the engine, or empty when the command is addressed to another bot. */
    public static Optional<String> of(String text, JsonNode entities, String botUsername) {
        int commandLength = commandLength(entities, text);
        if (commandLength <= 0) {
            return Optional.of(text);
        }
        String command = text.substring(0, commandLength);
        int at = command.indexOf('@');
        if (at < 0) {
            return Optional.of(text);
        }
        String addressee = command.substring(at + 1);
        if (botUsername != null && !addressee.toLowerCase(Locale.ROOT).equals(botUsername.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(command.substring(0, at) + text.substring(commandLength));
    }

    /** The length of the leading command ({@code /vote@TresseBot}), or 0 when the text is no command. */
    static int commandLength(JsonNode entities, String text) {
        for (JsonNode entity : entities) {
            JsonNode length = entity.path("length");
            if ("bot_command".equals(entity.path("type").textValue()) && entity.path("offset").isIntegralNumber()
                    && entity.path("offset").longValue() == 0 && length.isIntegralNumber() && length.longValue() > 0
                    && length.longValue() <= text.length()) {
                return length.intValue();
            }
        }
        Matcher matcher = LEADING_COMMAND.matcher(text);
        return matcher.find() ? matcher.end() : 0;
    }
}
