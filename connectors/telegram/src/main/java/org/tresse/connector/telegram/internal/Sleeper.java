package org.tresse.connector.telegram.internal;

import java.time.Duration;

/** How the poller waits between two rounds; injected, so tests drive time. */
@FunctionalInterface
public interface Sleeper {
    /** Returns after {@code wait}, or earlier when the poller is stopped; throws when interrupted. */
    void sleep(Duration wait) throws InterruptedException;
}
