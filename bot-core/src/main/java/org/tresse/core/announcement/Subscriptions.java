package org.tresse.core.announcement;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;

/**
 * Subscriptions to announcements in private and to the digest, one per identity. A chat identity
 * is subscribed at once; an email address confirms first (double opt-in) by sending back a token.
 */
public final class Subscriptions {
    /** How long an email address has to confirm. */
    public static final Duration TOKEN_VALIDITY = Duration.ofDays(7);
    /** The channels whose addresses must confirm before anything is sent to them. */
    public static final String EMAIL = "email";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int TOKEN_LENGTH = 8;
    private static final RowMapper<Subscription> SUBSCRIPTION = row -> new Subscription(
            row.getLong("id"), row.getLong("person_id"), new Identity(row.getString("channel"), row.getString("address")),
            row.getBoolean("notifications"), row.getBoolean("digest"), "PENDING".equals(row.getString("status")),
            Optional.ofNullable(row.getString("token")), Handle.instant(row, "digest_since"));

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Subscriptions(Clock clock) {
        this.clock = clock;
    }

    /** Whether an identity on this channel must confirm its subscription. */
    public static boolean needsConfirmation(Identity identity) {
        return EMAIL.equals(identity.channel());
    }

    public Optional<Subscription> find(Handle handle, Identity identity) {
        return handle.one("select * from subscription where channel = ? and address = ?", SUBSCRIPTION,
                identity.channel(), identity.id());
    }

    /**
     * Subscribes {@code identity} to what is asked, on top of what it had. An email address not
     * yet confirmed gets a (new) token and stays pending.
     */
    public Subscription subscribe(Handle handle, long personId, Identity identity, boolean notifications, boolean digest) {
        Instant now = clock.instant();
        Optional<Subscription> existing = find(handle, identity);
        boolean pending = needsConfirmation(identity) && existing.map(Subscription::pending).orElse(true);
        String token = pending ? newToken() : null;
        Instant expires = pending ? now.plus(TOKEN_VALIDITY) : null;
        if (existing.isPresent()) {
            handle.update("update subscription set person_id = ?, notifications = ?, digest = ?, status = ?, token = ?, "
                            + "token_expires_at = ? where id = ?",
                    personId, notifications || existing.get().notifications(), digest || existing.get().digest(),
                    pending ? "PENDING" : "ACTIVE", token, expires, existing.get().id());
        } else {
            handle.insert("insert into subscription (person_id, channel, address, notifications, digest, status, token, "
                            + "token_expires_at, created_at, digest_since) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    personId, identity.channel(), identity.id(), notifications, digest, pending ? "PENDING" : "ACTIVE",
                    token, expires, now, now);
        }
        return find(handle, identity).orElseThrow();
    }

    /** Confirms a pending subscription of {@code identity} with its token; empty if wrong or expired. */
    public Optional<Subscription> confirm(Handle handle, Identity identity, String token) {
        String normalized = token.strip().toUpperCase(Locale.ROOT);
        int updated = handle.update("update subscription set status = 'ACTIVE', token = null, token_expires_at = null, "
                        + "digest_since = ? where channel = ? and address = ? and status = 'PENDING' and token = ? "
                        + "and token_expires_at >= ?",
                clock.instant(), identity.channel(), identity.id(), normalized, clock.instant());
        return updated == 1 ? find(handle, identity) : Optional.empty();
    }

    /**
     * Removes what is asked; the subscription disappears when nothing is left. Returns what
     * remains, or empty.
     */
    public Optional<Subscription> unsubscribe(Handle handle, Identity identity, boolean notifications, boolean digest) {
        Optional<Subscription> existing = find(handle, identity);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        boolean keepNotifications = existing.get().notifications() && !notifications;
        boolean keepDigest = existing.get().digest() && !digest;
        if (!keepNotifications && !keepDigest) {
            handle.update("delete from subscription where id = ?", existing.get().id());
            return Optional.empty();
        }
        handle.update("update subscription set notifications = ?, digest = ? where id = ?",
                keepNotifications, keepDigest, existing.get().id());
        return find(handle, identity);
    }

    /** Active digest subscriptions, oldest first. */
    public List<Subscription> digestSubscribers(Handle handle) {
        return handle.list("select * from subscription where digest = true and status = 'ACTIVE' order by id", SUBSCRIPTION);
    }

    /**
     * Subscriptions made in [since, until) and still there (one removed since is no longer known),
     * per channel: {@code [active, pending]}.
     */
    public Map<String, long[]> newBetween(Handle handle, Instant since, Instant until) {
        Map<String, long[]> counts = new TreeMap<>();
        handle.list("select channel, status, count(*) from subscription where created_at >= ? and created_at < ? group by channel, status",
                row -> counts.computeIfAbsent(row.getString(1), any -> new long[2])["PENDING".equals(row.getString(2)) ? 1 : 0] = row.getLong(3),
                since, until);
        return counts;
    }

    public boolean anyDigestSubscriber(Handle handle) {
        return handle.count("select count(*) from subscription where digest = true and status = 'ACTIVE'") > 0;
    }

    public void digestSent(Handle handle, long subscriptionId, Instant until) {
        handle.update("update subscription set digest_since = ? where id = ?", until, subscriptionId);
    }

    /** Identity linking: the subscriptions of {@code from} become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        handle.update("update subscription set person_id = ? where person_id = ?", into, from);
    }

    private String newToken() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int index = 0; index < TOKEN_LENGTH; index++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }
}
