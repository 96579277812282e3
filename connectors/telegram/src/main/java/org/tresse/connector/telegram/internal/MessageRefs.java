package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tresse.connector.telegram.internal.TelegramEvent.MessageRef;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;

/** The Telegram message behind each group event, so a reply to it can quote it. */
public final class MessageRefs {
    private final Database database;
    private final Clock clock;

    public MessageRefs(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Remembers {@code ref}; a second call for the same event changes nothing. */
    public void remember(MessageRef ref) {
        database.useTransaction(handle -> remember(handle, ref));
    }

    /** Remembers {@code ref} in the caller's transaction (the engine's, for an event it receives). */
    public void remember(Handle handle, MessageRef ref) {
        if (handle.count("select count(*) from telegram_message_ref where event_id = ?", ref.eventId()) == 0) {
            handle.update("insert into telegram_message_ref (event_id, chat_id, message_id, received_at) values (?, ?, ?, ?)",
                    ref.eventId(), ref.chatId(), ref.messageId(), clock.instant());
        }
    }

    /** The message id of event {@code eventId} if it was written in {@code chatId}. */
    public Optional<Long> messageId(String eventId, String chatId) {
        return database.inTransaction(handle -> handle.one(
                "select chat_id, message_id from telegram_message_ref where event_id = ?",
                row -> Long.toString(row.getLong(1)).equals(chatId) ? row.getLong(2) : null, eventId));
    }

    /** Forgets the messages received before {@code instant}; returns how many. */
    public int pruneBefore(Instant instant) {
        return database.inTransaction(handle -> handle.update("delete from telegram_message_ref where received_at < ?", instant));
    }
}
