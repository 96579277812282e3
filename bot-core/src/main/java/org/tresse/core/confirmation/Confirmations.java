package org.tresse.core.confirmation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Handle;

/**
 * Commands held until their sender proves who they are (table {@code pending_confirmation}): a
 * one-use token is sent to the sender's address only; the command runs when that token comes back
 * from the same identity. Every method runs in the caller's transaction.
 */
public final class Confirmations {
    /** How long a confirmation may be answered. */
    public static final Duration VALIDITY = Duration.ofHours(48);
    /** Lower-case letters and digits 2-7: a token fits a plus-address and is read aloud without doubt. */
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 16;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Confirmations(Clock clock) {
        this.clock = clock;
    }

    /** Holds {@code command}, written by {@code sender}; returns the token that will run it. */
    public String request(Handle handle, Identity sender, String command) {
        handle.update("delete from pending_confirmation where expires_at < ?", clock.instant());
        String token = newToken();
        handle.update("insert into pending_confirmation (token, channel, sender, command, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)", token, sender.channel(), sender.id(), command, clock.instant(),
                clock.instant().plus(VALIDITY));
        return token;
    }

    /**
     * The command held under {@code token} for {@code sender}, used up; empty if the token is
     * unknown, expired, already used or another identity's (which leaves it usable by its owner).
     */
    public Optional<String> redeem(Handle handle, String token, Identity sender) {
        String normalized = token.strip().toLowerCase(Locale.ROOT);
        Optional<String> command = handle.one("select command from pending_confirmation where token = ? and channel = ?"
                        + " and sender = ? and expires_at >= ?", row -> row.getString(1), normalized, sender.channel(),
                sender.id(), clock.instant());
        command.ifPresent(any -> handle.update("delete from pending_confirmation where token = ?", normalized));
        return command;
    }

    private String newToken() {
        char[] token = new char[LENGTH];
        for (int index = 0; index < LENGTH; index++) {
            token[index] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
