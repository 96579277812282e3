package org.tresse.core.event;

import java.time.Instant;
import org.tresse.core.store.Handle;

/**
 * Personal links to answer an event on the web, for the announcements and notices Tresse sends
 * by email: the assembly gives them when the web pages have a public address
 * ({@code web.public-url}). The event feature knows nothing of the web: only this port.
 */
@FunctionalInterface
public interface EventLinks {
    /**
     * A new link for {@code personId} to answer event {@code eventId} (one use, for that person
     * only), valid {@code until} (the date it answers starts), opening the page in {@code language}
     * ({@code fr}, {@code en}); written in the caller's transaction.
     */
    String issue(Handle handle, long personId, long eventId, Instant until, String language);
}
