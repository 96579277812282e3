package org.tresse.connector.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.store.Database;

/**
 * A Telegram group upgraded to a supergroup gets a new chat id: its attachment to a Tresse group
 * (the core's {@code room} table) and its open native polls move to the new id, and a known group
 * stays {@link KnownChats known}. Idempotent: the update comes twice (in the old chat and in the
 * new one).
 */
public final class RoomMigration {
    private static final Logger log = LoggerFactory.getLogger(RoomMigration.class);

    private final Database database;
    private final String channel;
    private final KnownChats knownChats;

    public RoomMigration(Database database, String channel, KnownChats knownChats) {
        this.database = database;
        this.channel = channel;
        this.knownChats = knownChats;
    }

    /** Moves {@code fromChatId}'s mapping to {@code toChatId}; true if a room moved. */
    public boolean migrate(long fromChatId, long toChatId) {
        String from = Long.toString(fromChatId);
        String to = Long.toString(toChatId);
        knownChats.migrate(fromChatId, toChatId);
        boolean moved = database.inTransaction(handle -> {
            handle.update("update telegram_poll set chat_id = ? where chat_id = ?", toChatId, fromChatId);
            if (handle.count("select count(*) from room where channel = ? and room_id = ?", channel, to) > 0) {
                handle.update("delete from room where channel = ? and room_id = ?", channel, from);
                return false;
            }
            return handle.update("update room set room_id = ? where channel = ? and room_id = ?", to, channel, from) > 0;
        });
        if (moved) {
            log.info("Telegram group {} became supergroup {}: its Tresse group follows", from, to);
        }
        return moved;
    }
}
