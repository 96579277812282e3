package org.tresse.connector.email;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;

/**
 * The personal reply tokens of ballots, unsubscribe links and buttons (table {@code email_token}).
 * A token is made once per address and poll (or button), so a retried send carries the same one.
 */
public final class ReplyTokens {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 16;
    private static final Duration UNSUBSCRIBE_VALIDITY = Duration.ofDays(3650);
    /** A button's address outlives what it answers (a confirmation lasts two days): the core says when it is too late. */
    private static final Duration ANSWER_VALIDITY = Duration.ofDays(30);

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ReplyTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The ballot token of {@code address} for a poll, made if there is no valid one. */
    public String ballot(String address, String pollKey, String pollKind, Instant expiresAt) {
        return database.inTransaction(handle -> handle.one(
                "select token from email_token where address = ? and kind = 'VOTE' and poll_key = ? and expires_at > ?",
                row -> row.getString(1), address, pollKey, clock.instant())
                .orElseGet(() -> insert(handle, ReplyToken.Kind.VOTE, pollKey, pollKind, null, address, expiresAt)));
    }

    /** The unsubscribe token of {@code address}, made if there is none. */
    public String unsubscribe(String address) {
        return database.inTransaction(handle -> handle.one(
                "select token from email_token where address = ? and kind = 'UNSUBSCRIBE' and expires_at > ?",
                row -> row.getString(1), address, clock.instant())
                .orElseGet(() -> insert(handle, ReplyToken.Kind.UNSUBSCRIBE, null, null, null, address,
                        clock.instant().plus(UNSUBSCRIBE_VALIDITY))));
    }

    /** The token of {@code address} that presses a button carrying {@code data}, made if there is none. */
    public String answer(String address, String data) {
        return database.inTransaction(handle -> handle.one(
                "select token from email_token where address = ? and kind = 'ANSWER' and button_data = ? and expires_at > ?",
                row -> row.getString(1), address, data, clock.instant())
                .orElseGet(() -> insert(handle, ReplyToken.Kind.ANSWER, null, null, data, address,
                        clock.instant().plus(ANSWER_VALIDITY))));
    }

    /** The token, expired or not; empty when unknown. For the app's one-click unsubscribe page too. */
    public Optional<ReplyToken> find(String token) {
        String normalized = token.strip().toLowerCase(Locale.ROOT);
        return database.inTransaction(handle -> handle.one(
                "select token, kind, poll_key, poll_kind, address, expires_at, button_data from email_token where token = ?",
                row -> new ReplyToken(row.getString("token"), ReplyToken.Kind.valueOf(row.getString("kind")),
                        row.getString("poll_key"), row.getString("poll_kind"), row.getString("address"),
                        Handle.instant(row, "expires_at"), row.getString("button_data")),
                normalized));
    }

    /** Forgets tokens expired for more than {@code grace}; returns how many. */
    public int purgeExpired(Duration grace) {
        return database.inTransaction(handle -> handle.update(
                "delete from email_token where expires_at < ?", clock.instant().minus(grace)));
    }

    private String insert(Handle handle, ReplyToken.Kind kind, String pollKey, String pollKind, String buttonData,
            String address, Instant expiresAt) {
        String token = newToken();
        handle.update("insert into email_token (token, kind, poll_key, poll_kind, button_data, address, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", token, kind, pollKey, pollKind, buttonData, address, clock.instant(),
                expiresAt);
        return token;
    }

    private String newToken() {
        char[] token = new char[LENGTH];
        for (int index = 0; index < LENGTH; index++) {
            token[index] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
