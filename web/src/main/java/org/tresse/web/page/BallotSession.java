package org.tresse.web.page;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tresse.core.message.Identity;
import org.tresse.core.people.PersonalLink;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.Cookies;
import org.tresse.web.security.Secrets;

/**
 * Once a personal link has been used, the browser that used it may go on voting for a while
 * (another poll, a change of mind) with a signed cookie naming the person's web identity and the
 * poll the link was for; any other browser finds the link spent. The cookie carries the poll
 * because a used link forgets it: the file must not say who took part in a secret poll.
 */
final class BallotSession {
    static final String COOKIE = "tresse_bulletin";
    static final Duration LENGTH = Duration.ofMinutes(30);
    /** In the cookie, a link for any open poll. */
    private static final String ANY_POLL = "0";

    private final Secrets secrets;
    private final Cookies cookies;
    private final Clock clock;
    private final String name;
    private final String purpose;

    BallotSession(Secrets secrets, Cookies cookies, Clock clock) {
        this(secrets, cookies, clock, COOKIE, "ballot:");
    }

    private BallotSession(Secrets secrets, Cookies cookies, Clock clock, String name, String purpose) {
        this.secrets = secrets;
        this.cookies = cookies;
        this.clock = clock;
        this.name = name;
        this.purpose = purpose;
    }

    /** The same for an event's answer page: its own cookie and signature, the event in place of the poll. */
    static BallotSession forEvents(Secrets secrets, Cookies cookies, Clock clock) {
        return new BallotSession(secrets, cookies, clock, "tresse_reponse", "rsvp:");
    }

    String open(Identity webIdentity, Optional<Long> pollId) {
        long until = clock.instant().plus(LENGTH).getEpochSecond();
        String value = webIdentity.id() + "." + pollId.map(String::valueOf).orElse(ANY_POLL) + "." + until;
        return cookies.strict(name, value + "." + secrets.sign(purpose + value), LENGTH);
    }

    /** The ballot this browser has open, if any. */
    Optional<Open> of(WebRequest request) {
        Optional<String> cookie = request.cookie(name);
        if (cookie.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = cookie.get().split("\\.");
        if (parts.length != 4 || !parts[1].matches("\\d{1,12}") || !parts[2].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String value = parts[0] + "." + parts[1] + "." + parts[2];
        if (!Secrets.same(secrets.sign(purpose + value), parts[3]) || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        Optional<Long> poll = parts[1].equals(ANY_POLL) ? Optional.empty() : Optional.of(Long.parseLong(parts[1]));
        return Optional.of(new Open(new Identity(WebConnector.CHANNEL, parts[0]), poll));
    }

    /** Whose ballot is open, for which poll (empty: any open poll). */
    record Open(Identity webIdentity, Optional<Long> pollId) {
        boolean of(PersonalLink link) {
            return webIdentity.equals(link.webIdentity());
        }
    }
}
