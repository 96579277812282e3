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
                            + "(Tresse l'écrit dans son journal quand on lui parle depuis un groupe qu'il ne connaît pas encore : voir connectors/telegram/README.md).",
                    "the Telegram chat id is missing. Write for example chat: -1001234567890 "
                            + "(Tresse writes it in its log when it is spoken to from a group it does not know yet: see connectors/telegram/README.md).");
        }
        group = Checks.trimToNull(group);
    }
}
