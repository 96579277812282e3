package org.tresse.connector.telegram.internal;

import org.tresse.core.message.Inbound;

/** What one Telegram update means for Tresse. */
public sealed interface TelegramEvent {
    /** Something for the engine; {@code callbackQueryId} is set for a button press, to be answered. */
    record Receive(Inbound inbound, String callbackQueryId, MessageRef messageRef) implements TelegramEvent {}

    /** A group became a supergroup: its mapping moves to the new chat id. */
    record Migrate(long fromChatId, long toChatId) implements TelegramEvent {}

    /** Nothing for Tresse (a sticker, an edit, a join...): only the cursor moves. */
    record Ignore(String reason) implements TelegramEvent {}

    /** The Telegram message behind an event, so a reply can quote it. */
    record MessageRef(String eventId, long chatId, long messageId) {}
}
