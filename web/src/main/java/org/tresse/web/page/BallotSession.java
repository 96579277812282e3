package org.tresse.web.page;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tresse.core.message.Identity;
import org.tresse.web.channel.WebConnector;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.Cookies;
import org.tresse.web.security.Secrets;

/**
 * Once a personal link has been used, the browser that used it may go on voting for a while
 * (another poll, a change of mind) with a signed cookie naming the person's web identity; any
 * other browser finds the link spent.
 */
final class BallotSession {
    static final String COOKIE = "tresse_bulletin";
    static final Duration LENGTH = Duration.ofMinutes(30);

    private final Secrets secrets;
    private final Cookies cookies;
    private final Clock clock;

    BallotSession(Secrets secrets, Cookies cookies, Clock clock) {
        this.secrets = secrets;
        this.cookies = cookies;
        this.clock = clock;
    }

    String open(Identity webIdentity) {
        long until = clock.instant().plus(LENGTH).getEpochSecond();
        String value = webIdentity.id() + "." + until;
        return cookies.strict(COOKIE, value + "." + secrets.sign("ballot:" + value), LENGTH);
    }

    /** The web identity whose ballot this browser has open, if any. */
    Optional<Identity> of(WebRequest request) {
        Optional<String> cookie = request.cookie(COOKIE);
        if (cookie.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = cookie.get().split("\\.");
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String value = parts[0] + "." + parts[1];
        if (!Secrets.same(secrets.sign("ballot:" + value), parts[2]) || Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new Identity(WebConnector.CHANNEL, parts[0]));
    }
}
