package org.tresse.connector.telegram.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The text of a message as the commands expect it: {@code /vote@TresseBot 3} becomes
 * {@code /vote 3}; a command addressed to another bot ({@code /vote@OtherBot}) is not for us.
 *
 * <p>Telegram marks a command with a {@code bot_command} entity at offset 0. Telegram Bots Java
 * 10.2.0 fills an entity's text only inside {@link Message#getEntities()}, so
 * {@link Message#isCommand()} may be false until that getter ran: this class never uses
 * {@code isCommand()}, and reads the entity's offset and length itself.
 */
public final class CommandText {
    private static final Pattern LEADING_COMMAND = Pattern.compile("^(/[A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\\s|$)");

    private CommandText() {}

    /** The text to hand to the engine, or empty when the command is addressed to another bot. */
    public static Optional<String> of(Message message, String botUsername) {
        String text = message.getText();
        int commandLength = commandLength(message, text);
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
    static int commandLength(Message message, String text) {
        List<MessageEntity> entities = message.getEntities();
        if (entities != null) {
            for (MessageEntity entity : entities) {
                if (entity != null && "bot_command".equals(entity.getType()) && entity.getOffset() == 0
                        && entity.getLength() != null && entity.getLength() <= text.length()) {
                    return entity.getLength();
                }
            }
        }
        Matcher matcher = LEADING_COMMAND.matcher(text);
        return matcher.find() ? matcher.end() : 0;
    }
}
