package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.store.Database;

/**
 * The Telegram groups Tresse listens to: the chats of the configured rooms, followed through
 * group-to-supergroup migrations (kept in the database, so a migrated group stays known after a
 * restart even if {@code tresse.yml} still has its old id). A message from any other group is
 * ignored, and logged once per chat at info with the chat id and title, so the person who sets
 * up the bot can copy the id into the configuration.
 *
 * <p>With no room configured at all, every group is accepted: a fresh install trying things out.
 * Each group is then logged once too, with its id, for the same reason.
 */
public final class KnownChats {
    private static final Logger log = LoggerFactory.getLogger(KnownChats.class);
    /** The most unknown chats remembered as already logged; past it, they are logged at debug only. */
    private static final int MAX_LOGGED = 10_000;

    private final Set<Long> configured;
    private final Database database;
    private final Clock clock;
    private final Set<Long> known = ConcurrentHashMap.newKeySet();
    private final Set<Long> logged = ConcurrentHashMap.newKeySet();

    public KnownChats(Set<Long> configured, Database database, Clock clock) {
        this.configured = Set.copyOf(configured);
        this.database = database;
        this.clock = clock;
    }

    /** Loads the recorded migrations; call once before use. */
    public void load() {
        Map<Long, Long> migrations = new HashMap<>();
        database.inTransaction(handle -> handle.list("select from_chat_id, to_chat_id from telegram_chat_migration",
                row -> migrations.put(row.getLong(1), row.getLong(2))));
        known.clear();
        known.addAll(configured);
        for (Long chatId : configured) {
            follow(chatId, migrations);
        }
    }

    /** True when every group is accepted, because no room is configured. */
    public boolean acceptsEveryGroup() {
        return configured.isEmpty();
    }

    /** Whether messages of group {@code chatId} go to Tresse; the first refusal of a chat is logged. */
    public boolean acceptsGroup(long chatId, String title) {
        if (known.contains(chatId)) {
            return true;
        }
        if (acceptsEveryGroup()) {
            if (firstTime(chatId)) {
                log.info("Telegram group {} \"{}\" is listened to because no room is configured "
                        + "(add chat: {} to channels.telegram.rooms to attach it to a group)", chatId, printable(title), chatId);
            }
            return true;
        }
        if (firstTime(chatId)) {
            log.info("Telegram group {} \"{}\" is not in channels.telegram.rooms: its messages are ignored "
                    + "(add chat: {} to the rooms to attach it)", chatId, printable(title), chatId);
        } else {
            log.debug("Message from unknown Telegram group {} ignored", chatId);
        }
        return false;
    }

    private boolean firstTime(long chatId) {
        return logged.size() < MAX_LOGGED && logged.add(chatId);
    }

    /** Group {@code fromChatId} became supergroup {@code toChatId}: if the old one was known, so is the new. */
    public void migrate(long fromChatId, long toChatId) {
        database.useTransaction(handle -> {
            if (handle.count("select count(*) from telegram_chat_migration where from_chat_id = ?", fromChatId) == 0) {
                handle.update("insert into telegram_chat_migration (from_chat_id, to_chat_id, migrated_at) values (?, ?, ?)",
                        fromChatId, toChatId, clock.instant());
            }
        });
        if (known.contains(fromChatId) && known.add(toChatId)) {
            log.info("Telegram group {} is now supergroup {}: still listened to; you may write chat: {} in tresse.yml",
                    fromChatId, toChatId, toChatId);
        }
    }

    private void follow(long chatId, Map<Long, Long> migrations) {
        Long next = migrations.get(chatId);
        while (next != null && known.add(next)) {
            next = migrations.get(next);
        }
    }

    /** A chat title as one short line: users choose titles, and a log line must stay one line. */
    static String printable(String title) {
        if (title == null) {
            return "";
        }
        String line = title.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        return line.codePointCount(0, line.length()) > 100 ? line.substring(0, line.offsetByCodePoints(0, 100)) + "…" : line;
    }
}
