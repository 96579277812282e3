package org.tresse.connector.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.InboundSink;
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
    private volatile InboundSink sink;

    public RoomMigration(Database database, String channel, KnownChats knownChats) {
        this.database = database;
        this.channel = channel;
        this.knownChats = knownChats;
    }

    /** Where the core is told that a room moved; set when the connector starts. */
    public void tell(InboundSink core) {
        this.sink = core;
    }

    /** Moves {@code fromChatId}'s polls, its known state and, through the core, its Tresse group to {@code toChatId}. */
    public void migrate(long fromChatId, long toChatId) {
        knownChats.migrate(fromChatId, toChatId);
        database.useTransaction(handle -> handle.update("update telegram_poll set chat_id = ? where chat_id = ?", toChatId, fromChatId));
        InboundSink core = sink;
        if (core != null) {
            core.roomMoved(channel, Long.toString(fromChatId), Long.toString(toChatId));
        }
        log.info("Telegram group {} became supergroup {}", fromChatId, toChatId);
    }
}
