package org.tresse.commands.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tresse.core.event.EventLinks;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.poll.BallotLinks;
import org.tresse.core.poll.Poll;
import org.tresse.core.store.Handle;

/**
 * The web ballot's personal links for the ballots sent by email: one use, for the mailbox's
 * person and that poll only, valid until the poll closes ({@link #WITHOUT_DEADLINE} for a poll
 * without one). A mail is read hours later: the 15 minutes of {@code /lien} would be spent before.
 */
public final class PersonalBallotLinks implements BallotLinks {
    /** How long a link works when its poll has no deadline. */
    public static final Duration WITHOUT_DEADLINE = Duration.ofDays(14);

    private final PersonalLinks links;
    private final String publicUrl;
    private final Clock clock;

    /** @param publicUrl {@code web.public-url}, the address people reach the pages at */
    public PersonalBallotLinks(PersonalLinks links, String publicUrl, Clock clock) {
        this.links = links;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public Link issue(Handle handle, long personId, Poll poll) {
        Instant now = clock.instant();
        Instant until = poll.closesAt().filter(now::isBefore).orElse(now.plus(WITHOUT_DEADLINE));
        String token = links.issue(handle, personId, Optional.of(poll.id()), Duration.between(now, until));
        return new Link(url(publicUrl, token), until);
    }

    /** Links to answer an event on its page, valid until the date answered starts. */
    @Override
    public Optional<EventLinks> events() {
        return Optional.of((handle, personId, event, until, language) -> {
            Instant now = clock.instant();
            String token = links.issueForEvent(handle, personId, event, Duration.between(now, until.isAfter(now) ? until : now));
            return base(publicUrl) + "/evenements/" + event + "/reponse/" + token + "?lang=" + language;
        });
    }

    private static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The ballot page of {@code token} under {@code base}. */
    static String url(String base, String token) {
        return base(base) + "/vote/" + token;
    }
}
