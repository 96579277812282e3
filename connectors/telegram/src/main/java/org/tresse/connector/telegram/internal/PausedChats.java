package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tresse.core.store.Database;

/**
 * Private chats whose notifications are paused because the person blocked the bot (403). Kept
 * in the database and mirrored in memory; a chat is resumed when the person writes again.
 */
public final class PausedChats {
    private final Database database;
    private final Clock clock;
    private final Set<Long> paused = ConcurrentHashMap.newKeySet();

    public PausedChats(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Loads the paused chats; call once before use. */
    public void load() {
        paused.clear();
        paused.addAll(database.inTransaction(handle ->
                handle.list("select chat_id from telegram_paused_chat", row -> row.getLong(1))));
    }

    public boolean isPaused(long chatId) {
        return paused.contains(chatId);
    }

    public void pause(long chatId, String reason) {
        String shortReason = reason.length() > 400 ? reason.substring(0, 400) : reason;
        database.useTransaction(handle -> {
            if (handle.update("update telegram_paused_chat set reason = ?, paused_at = ? where chat_id = ?",
                    shortReason, clock.instant(), chatId) == 0) {
                handle.update("insert into telegram_paused_chat (chat_id, reason, paused_at) values (?, ?, ?)",
                        chatId, shortReason, clock.instant());
            }
        });
        paused.add(chatId);
    }

    /** Resumes a chat; true if it was paused. */
    public boolean resume(long chatId) {
        if (!paused.contains(chatId)) {
            return false;
        }
        database.useTransaction(handle -> handle.update("delete from telegram_paused_chat where chat_id = ?", chatId));
        paused.remove(chatId);
        return true;
    }
}
