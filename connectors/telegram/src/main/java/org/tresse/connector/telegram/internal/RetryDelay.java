package org.tresse.connector.telegram.internal;

import java.time.Duration;

/** A growing wait between failed attempts: min, 2×min, 4×min... up to max; reset on success. */
public final class RetryDelay {
    private final Duration min;
    private final Duration max;
    private int failures;

    public RetryDelay(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    public Duration next() {
        Duration wait = min;
        for (int step = 0; step < failures && wait.compareTo(max) < 0; step++) {
            wait = wait.multipliedBy(2);
        }
        failures++;
        return wait.compareTo(max) > 0 ? max : wait;
    }

    public void reset() {
        failures = 0;
    }
}
