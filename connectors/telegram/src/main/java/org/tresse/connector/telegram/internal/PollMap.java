package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tresse.core.store.Database;

/** Which Tresse poll each native Telegram poll shows, and where it was sent. */
public final class PollMap {
    private final Database database;
    private final Clock clock;

    public PollMap(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void remember(String pollId, String pollKey, long chatId, long messageId) {
        database.useTransaction(handle -> {
            if (handle.count("select count(*) from telegram_poll where poll_id = ?", pollId) == 0) {
                handle.update("insert into telegram_poll (poll_id, poll_key, chat_id, message_id, closed, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", pollId, pollKey, chatId, messageId, false, clock.instant());
            }
        });
    }

    public Optional<SentPoll> find(String pollId) {
        return database.inTransaction(handle -> handle.one(
                "select poll_id, poll_key, chat_id, message_id from telegram_poll where poll_id = ?",
                row -> new SentPoll(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)), pollId));
    }

    /** The native polls of {@code pollKey} still open in {@code chatId}. */
    public List<SentPoll> openIn(String pollKey, long chatId) {
        return database.inTransaction(handle -> handle.list(
                "select poll_id, poll_key, chat_id, message_id from telegram_poll "
                        + "where poll_key = ? and chat_id = ? and closed = ? order by created_at",
                row -> new SentPoll(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4)),
                pollKey, chatId, false));
    }

    public void markClosed(String pollId) {
        database.useTransaction(handle -> handle.update("update telegram_poll set closed = ? where poll_id = ?", true, pollId));
    }

    /** A native poll sent by Tresse. */
    public record SentPoll(String pollId, String pollKey, long chatId, long messageId) {}
}
