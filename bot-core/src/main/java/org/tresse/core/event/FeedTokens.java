package org.tresse.core.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.tresse.core.store.Handle;

/**
 * Personal calendar links: a feed address carrying a person's token shows the members' events
 * as well as the public ones. One token per person; a new one replaces it (the old link stops).
 */
public final class FeedTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public FeedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The person's token, made on first use. */
    public String of(Handle handle, long personId) {
        return handle.one("select token from event_feed_token where person_id = ?", row -> row.getString(1), personId)
                .orElseGet(() -> renew(handle, personId));
    }

    /** A new token for the person; the earlier link stops working. */
    public String renew(Handle handle, long personId) {
        handle.update("delete from event_feed_token where person_id = ?", personId);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        handle.update("insert into event_feed_token (token, person_id, created_at) values (?, ?, ?)", token, personId, clock.instant());
        return token;
    }

    /** Whose token this is; empty for an unknown or malformed one. */
    public Optional<Long> person(Handle handle, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
            return Optional.empty();
        }
        return handle.one("select person_id from event_feed_token where token = ?", row -> row.getLong(1), token);
    }

    /** Identity linking: {@code from}'s link stops; {@code into} keeps theirs. */
    public void merge(Handle handle, long from, long into) {
        handle.update("delete from event_feed_token where person_id = ?", from);
    }
}
