package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

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
            throw new InvalidField("chat", said("config.telegram.manque.numero.discussion"));
        }
        group = Checks.trimToNull(group);
    }
}
