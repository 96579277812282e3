package org.tresse.core.outbox;

import java.time.Duration;

/**
 * How long to wait after a transient failure, and when to give up.
 *
 * @param first       the wait after the first failure
 * @param max         the longest wait
 * @param maxAttempts after this many failed attempts, the row is marked failed
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15), 12);

    /** The wait after failed attempt number {@code attempt} (1-based): first, 2×first, 4×first... up to max. */
    public Duration after(int attempt) {
        Duration wait = first;
        for (int step = 1; step < attempt && wait.compareTo(max) < 0; step++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
