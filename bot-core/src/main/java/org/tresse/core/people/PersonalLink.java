package org.tresse.core.people;

import java.time.Instant;
import java.util.Optional;
import org.tresse.core.message.Identity;

/**
 * A personal link as stored (never its token, only who it opens the ballot for).
 *
 * @param pollId      the poll it was asked for, or empty for any open poll of the person
 * @param webIdentity the person's {@code web:} identity, the sender of what the ballot page sends
 * @param usedBy      the submission that used it: the same form sent twice (a double click) is one use
 */
public record PersonalLink(long personId, Optional<Long> pollId, Identity webIdentity, Instant expiresAt,
        Optional<Instant> usedAt, Optional<String> usedBy) {

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public boolean used() {
        return usedAt.isPresent();
    }
}
