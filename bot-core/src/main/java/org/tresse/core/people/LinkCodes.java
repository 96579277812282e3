package org.tresse.core.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.tresse.core.store.Handle;

/** One-time codes that link a person's identities on several channels. */
public final class LinkCodes {
    /** How long a code may be used. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);
    /** No 0/O, 1/I/L: easy to read aloud and to type on a phone. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 6;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LinkCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new code for {@code personId}, replacing any earlier one. */
    public String issue(Handle handle, long personId) {
        handle.update("delete from link_code where person_id = ? or expires_at < ?", personId, clock.instant());
        String code;
        do {
            StringBuilder builder = new StringBuilder(LENGTH);
            for (int index = 0; index < LENGTH; index++) {
                builder.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code = builder.toString();
        } while (handle.count("select count(*) from link_code where code = ?", code) > 0);
        handle.update("insert into link_code (code, person_id, expires_at) values (?, ?, ?)",
                code, personId, clock.instant().plus(VALIDITY));
        return code;
    }

    /** The person a valid code was issued to; the code is used up. Empty if unknown or expired. */
    public Optional<Long> redeem(Handle handle, String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        Optional<Long> owner = handle.one("select person_id from link_code where code = ? and expires_at >= ?",
                row -> row.getLong(1), normalized, clock.instant());
        handle.update("delete from link_code where code = ?", normalized);
        return owner;
    }
}
