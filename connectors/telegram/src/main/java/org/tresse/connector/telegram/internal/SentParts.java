package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.tresse.core.store.Database;

/**
 * The parts of a long outbound message already delivered, by outbox row, so that a retry after
 * a failure in the middle sends only the parts still missing.
 */
public final class SentParts {
    private final Database database;
    private final Clock clock;

    public SentParts(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Part number to Telegram message id. */
    public Map<Integer, Long> of(long outboxId) {
        Map<Integer, Long> parts = new TreeMap<>();
        database.inTransaction(handle -> handle.list("select part, message_id from telegram_sent_part where outbox_id = ?",
                row -> parts.put(row.getInt(1), row.getLong(2)), outboxId));
        return parts;
    }

    /** Not synced, as the outbox row's mark: a power cut may lose it, and the part is then sent once more. */
    public void record(long outboxId, int part, long messageId) {
        database.useTransactionUnsynced(handle -> handle.update(
                "insert into telegram_sent_part (outbox_id, part, message_id, sent_at) values (?, ?, ?, ?)",
                outboxId, part, messageId, clock.instant()));
    }

    /** Forgets the parts sent before {@code instant}; returns how many. */
    public int pruneBefore(Instant instant) {
        return database.inTransaction(handle -> handle.update("delete from telegram_sent_part where sent_at < ?", instant));
    }
}
