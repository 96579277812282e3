package org.tresse.connector.email;

import java.time.Instant;

/**
 * A personal reply token: carried by plus-addressing ({@code tresse+v.TOKEN@example.org}), it
 * tells who replies without trusting the {@code From} header.
 *
 * @param token      the secret, 16 letters and digits
 * @param kind       a ballot, the unsubscribe address or a button
 * @param pollKey    for a ballot, the poll's key
 * @param pollKind   for a ballot, the poll's kind ({@code PROPOSAL}, {@code CONSULTATION}...)
 * @param address    whose token it is, lower-cased
 * @param expiresAt  after this, the token no longer identifies anyone
 * @param buttonData for a button, what pressing it sends
 */
public record ReplyToken(String token, Kind kind, String pollKey, String pollKind, String address, Instant expiresAt,
        String buttonData) {

    /** What a token is for. */
    public enum Kind {
        /** A ballot: a reply votes in one poll. */
        VOTE("v"),
        /** Any mail to it unsubscribes its owner from the newsletter. */
        UNSUBSCRIBE("u"),
        /** A button under a message: a reply presses it (a confirmation, for one). */
        ANSWER("a");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        /** The tag letter in {@code bot+v.TOKEN@...}. */
        public String tag() {
            return tag;
        }
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
