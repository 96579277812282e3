package org.tresse.core.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Handle;

/**
 * Personal links to the web ballot: a secret token, one use, {@link #VALIDITY}; sent in private
 * by {@code /lien} and in email ballots; and links to answer one event on its page, in the mails
 * about it ({@link #issueForEvent}), which open no ballot. Only the token's SHA-256 is stored. The person gets a
 * {@code web:} identity of their own on the first link, so what the ballot page sends is theirs:
 * one person, one vote, whatever the channel.
 */
public final class PersonalLinks {
    public static final Duration VALIDITY = Duration.ofMinutes(15);
    /** The channel of the web front door and of the identities it speaks for. */
    public static final String CHANNEL = "web";
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern TOKEN = Pattern.compile("[a-z2-7]{32}");

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PersonalLinks(Clock clock) {
        this.clock = clock;
    }

    /** Identity linking: the links of {@code from} become {@code into}'s (a feature contributes it). */
    public void merge(Handle handle, long from, long into) {
        handle.update("update personal_link set person_id = ? where person_id = ?", into, from);
    }

    /** Whether {@code text} has the shape of a token (checked before any database work). */
    public static boolean looksLikeToken(String text) {
        return text != null && TOKEN.matcher(text).matches();
    }

    /** A new link for the person, to their ballot for {@code pollId} or to any open poll; returns the token. */
    public String issue(Handle handle, long personId, Optional<Long> pollId) {
        return issue(handle, personId, pollId, VALIDITY);
    }

    /**
     * A link valid for {@code validity}: an email ballot, read hours later, may give its poll's
     * time left rather than {@link #VALIDITY}. Still one use.
     */
    public String issue(Handle handle, long personId, Optional<Long> pollId, Duration validity) {
        Instant now = clock.instant();
        handle.update("delete from personal_link where expires_at < ?", now.minus(Duration.ofDays(1)));
        webIdentity(handle, personId);
        String token = newToken();
        handle.update("insert into personal_link (token_hash, person_id, poll_id, created_at, expires_at) values (?, ?, ?, ?, ?)",
                hash(token), personId, pollId.orElse(null), now, now.plus(validity));
        return token;
    }

    /**
     * A link to one event's page, where the person answers it (a mail's link, {@code /lien}): it
     * opens no ballot. Still one use; returns the token.
     */
    public String issueForEvent(Handle handle, long personId, long eventId, Duration validity) {
        String token = issue(handle, personId, Optional.empty(), validity);
        handle.update("update personal_link set event_id = ? where token_hash = ?", eventId, hash(token));
        return token;
    }

    /** The ballot link of {@code token}, used or not, expired or not; empty when unknown or a link to an event. */
    public Optional<PersonalLink> find(Handle handle, String token) {
        return find(handle, token, "l.event_id is null");
    }

    /** The link of {@code token} to event {@code eventId}'s page; empty when unknown or a link to anything else. */
    public Optional<PersonalLink> findForEvent(Handle handle, String token, long eventId) {
        return find(handle, token, "l.event_id = " + eventId);
    }

    private Optional<PersonalLink> find(Handle handle, String token, String which) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        return handle.one("select l.person_id, l.poll_id, l.expires_at, l.used_at, l.used_by, "
                        + "(select min(i.external_id) from identity i where i.person_id = l.person_id and i.channel = ?) web_id "
                        + "from personal_link l where l.token_hash = ? and " + which,
                row -> {
                    long poll = row.getLong("poll_id");
                    Optional<Long> pollId = row.wasNull() ? Optional.empty() : Optional.of(poll);
                    String webId = row.getString("web_id");
                    return new PersonalLink(row.getLong("person_id"), pollId,
                            new Identity(CHANNEL, webId == null ? "p" + row.getLong("person_id") : webId),
                            Handle.instant(row, "expires_at"), Optional.ofNullable(Handle.instant(row, "used_at")),
                            Optional.ofNullable(row.getString("used_by")));
                }, CHANNEL, hash(token));
    }

    /**
     * Uses the link for {@code submission} (a form's own id): true when it was valid and unused,
     * or already used by this very submission; false otherwise. Runs in the caller's transaction.
     * A used link forgets its poll: person, poll and time of use would say who took part in a
     * secret poll (the browser that used it keeps the poll in its session).
     */
    public boolean use(Handle handle, String token, String submission) {
        if (!looksLikeToken(token)) {
            return false;
        }
        Instant now = clock.instant();
        int updated = handle.update("update personal_link set used_at = ?, used_by = ?, poll_id = null where token_hash = ? "
                + "and used_at is null and expires_at > ?", now, submission, hash(token), now);
        if (updated == 1) {
            return true;
        }
        return handle.count("select count(*) from personal_link where token_hash = ? and used_by = ?", hash(token), submission) > 0;
    }

    /** The person's {@code web:} identity, made on first need. */
    public Identity webIdentity(Handle handle, long personId) {
        Optional<String> existing = handle.one("select min(external_id) from identity where person_id = ? and channel = ?",
                row -> row.getString(1), personId, CHANNEL);
        if (existing.isPresent()) {
            return new Identity(CHANNEL, existing.get());
        }
        String id = "p-" + newToken().substring(0, 16);
        handle.update("insert into identity (channel, external_id, person_id, created_at) values (?, ?, ?, ?)",
                CHANNEL, id, personId, clock.instant());
        return new Identity(CHANNEL, id);
    }

    private String newToken() {
        char[] token = new char[32];
        for (int index = 0; index < token.length; index++) {
            token[index] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
