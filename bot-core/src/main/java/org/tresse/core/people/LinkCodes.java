package org.tresse.core.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Handle;

/**
 * One-time codes that link a person's identities on several channels. A code is tried a limited
 * number of times: each identity may get {@link #MAX_FAILURES_PER_IDENTITY} wrong codes an hour,
 * everyone together {@link #MAX_FAILURES_IN_ALL}, and a code looked at {@link #MAX_USES} times by
 * other accounts is burnt. Refusals are logged (never the code).
 */
public final class LinkCodes {
    /** How long a code may be used. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);
    /** The window over which wrong codes are counted. */
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MAX_FAILURES_PER_IDENTITY = 5;
    public static final int MAX_FAILURES_IN_ALL = 50;
    /** How many times another account may look at or use one code: a preview, a confirmation, a slip. */
    public static final int MAX_USES = 4;
    private static final Logger log = LoggerFactory.getLogger(LinkCodes.class);
    /** No 0/O, 1/I/L: easy to read aloud and to type on a phone. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 6;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LinkCodes(Clock clock) {
        this.clock = clock;
    }

    /** What trying a code gave. */
    public sealed interface Attempt {
        /** The code is valid: it was issued to {@code personId}. */
        record Owner(long personId) implements Attempt {}

        /** Unknown, expired or burnt; counted against the identity. */
        record Unknown() implements Attempt {}

        /** Too many wrong codes lately: nothing was even looked at, until {@code until}. */
        record TooMany(Instant until) implements Attempt {}
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

    /**
     * Looks at a code for {@code who}, without using it up: counts as one of its uses (a code looked
     * at too often is burnt), and a wrong one counts against {@code who}. Callers must not roll the
     * transaction back on a refusal, or the count goes with it.
     */
    public Attempt look(Handle handle, Identity who, String code) {
        Optional<Instant> locked = lockedUntil(handle, who);
        if (locked.isPresent()) {
            log.warn("Link codes refused to a {} identity: too many wrong codes within {}", who.channel(), WINDOW);
            return new Attempt.TooMany(locked.get());
        }
        String normalized = normalize(code);
        Optional<Long> owner = handle.one("select person_id from link_code where code = ? and expires_at >= ? and uses < ?",
                row -> row.getLong(1), normalized, clock.instant(), MAX_USES);
        if (owner.isEmpty()) {
            handle.update("insert into link_attempt (channel, external_id, attempted_at) values (?, ?, ?)",
                    who.channel(), who.id(), clock.instant());
            handle.update("delete from link_attempt where attempted_at < ?", clock.instant().minus(WINDOW.multipliedBy(24)));
            log.warn("A wrong link code from a {} identity ({} within {})", who.channel(), failures(handle, who), WINDOW);
            return new Attempt.Unknown();
        }
        handle.update("update link_code set uses = uses + 1 where code = ?", normalized);
        return new Attempt.Owner(owner.get());
    }

    /** Uses the code up: it was looked at and the link is confirmed. */
    public void spend(Handle handle, String code) {
        handle.update("delete from link_code where code = ?", normalize(code));
    }

    private Optional<Instant> lockedUntil(Handle handle, Identity who) {
        Instant since = clock.instant().minus(WINDOW);
        long mine = failures(handle, who);
        long all = handle.count("select count(*) from link_attempt where attempted_at >= ?", since);
        if (mine < MAX_FAILURES_PER_IDENTITY && all < MAX_FAILURES_IN_ALL) {
            return Optional.empty();
        }
        Optional<Instant> oldest = mine >= MAX_FAILURES_PER_IDENTITY
                ? handle.one("select min(attempted_at) as first_at from link_attempt where channel = ? and external_id = ? "
                        + "and attempted_at >= ?", row -> Handle.instant(row, "first_at"), who.channel(), who.id(), since)
                : handle.one("select min(attempted_at) as first_at from link_attempt where attempted_at >= ?",
                        row -> Handle.instant(row, "first_at"), since);
        return Optional.of(oldest.orElse(clock.instant()).plus(WINDOW));
    }

    private long failures(Handle handle, Identity who) {
        return handle.count("select count(*) from link_attempt where channel = ? and external_id = ? and attempted_at >= ?",
                who.channel(), who.id(), clock.instant().minus(WINDOW));
    }

    private static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
