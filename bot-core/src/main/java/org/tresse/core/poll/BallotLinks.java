package org.tresse.core.poll;

import java.time.Instant;
import org.tresse.core.store.Handle;

/**
 * Personal links to a poll's web ballot, for the ballots Tresse sends by email: the assembly gives
 * one when the web pages have a public address ({@code web.public-url}); without it, ballots carry
 * none. The poll feature knows nothing of the web: only this port.
 */
@FunctionalInterface
public interface BallotLinks {
    /**
     * A new link for {@code personId} to vote in {@code poll} (one use, for that person only),
     * valid until {@link Link#until}; written in the caller's transaction.
     */
    Link issue(Handle handle, long personId, Poll poll);

    /** The same web pages' links to answer an event, when they have them. */
    default java.util.Optional<org.tresse.core.event.EventLinks> events() {
        return java.util.Optional.empty();
    }

    /** A link and the moment it stops working. */
    record Link(String url, Instant until) {}
}
