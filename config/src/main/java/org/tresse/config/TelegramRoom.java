package org.tresse.config;

import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * A Telegram chat attached to a group.
 *
 * @param chat  the chat id, e.g. {@code -1001234567890}
 * @param group a group id from {@code groups}, or null for the whole association
 */
public record TelegramRoom(long chat, String group) {
    public TelegramRoom {
        if (chat == 0) {
            throw new InvalidField("chat",
                    "il manque le numéro de la discussion Telegram. Écrivez par exemple chat: -1001234567890 "
                            + "(le bot l'affiche quand on tape /moi dans la discussion).",
                    "the Telegram chat id is missing. Write for example chat: -1001234567890 "
                            + "(the bot shows it when you type /whoami in the chat).");
        }
        group = Checks.trimToNull(group);
    }
}
