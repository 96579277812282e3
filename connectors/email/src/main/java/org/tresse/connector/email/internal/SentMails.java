package org.tresse.connector.email.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tresse.core.store.Database;

/**
 * What Tresse gives each mail it sends (table {@code email_sent}): a Message-ID nobody can guess
 * and a return path {@code bot+b.TOKEN@domain}, the envelope sender that delivery failure notices
 * come back to. Both are made at the first attempt of an outbox row and kept for its retries.
 */
public final class SentMails {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int ID_LENGTH = 24;
    private static final int TOKEN_LENGTH = 16;

    private final Database database;
    private final Clock clock;
    private final String domain;
    private final SecureRandom random = new SecureRandom();

    public SentMails(Database database, Clock clock, String domain) {
        this.database = database;
        this.clock = clock;
        this.domain = domain;
    }

    /** The Message-ID and return token of outbox row {@code outboxId}, made on its first attempt. */
    public Sent of(long outboxId, String address) {
        return database.inTransaction(handle -> handle.one(
                        "select message_id, return_token from email_sent where outbox_id = ?",
                        row -> new Sent(row.getString(1), row.getString(2)), outboxId)
                .orElseGet(() -> {
                    Sent sent = new Sent("<" + random(ID_LENGTH) + "@" + domain + ">", random(TOKEN_LENGTH));
                    handle.update("insert into email_sent (outbox_id, message_id, return_token, address, created_at)"
                            + " values (?, ?, ?, ?, ?)", outboxId, sent.messageId(), sent.returnToken(), address,
                            clock.instant());
                    return sent;
                }));
    }

    /**
     * A Message-ID and return token for a mail that must leave no trace (the receipt of an anonymous
     * voice): made up, stored nowhere; a failure notice to it is not counted.
     */
    public Sent untraced() {
        return new Sent("<" + random(ID_LENGTH) + "@" + domain + ">", random(TOKEN_LENGTH));
    }

    /** The address a return path was made for; empty for a token Tresse never gave. */
    public Optional<String> addressOf(String returnToken) {
        return database.inTransaction(handle -> handle.one("select address from email_sent where return_token = ?",
                row -> row.getString(1), returnToken));
    }

    /** Forgets mails sent more than {@code age} ago; returns how many. */
    public int forgetOlderThan(Duration age) {
        return database.inTransaction(handle -> handle.update("delete from email_sent where created_at < ?",
                clock.instant().minus(age)));
    }

    private String random(int length) {
        char[] text = new char[length];
        for (int index = 0; index < length; index++) {
            text[index] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(text);
    }

    /** A sent mail's Message-ID, in angle brackets, and its return token. */
    public record Sent(String messageId, String returnToken) {}
}
