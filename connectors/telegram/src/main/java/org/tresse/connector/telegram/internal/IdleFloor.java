package org.tresse.connector.telegram.internal;

import java.time.Duration;

/**
 * The least time between two {@code getUpdates} that brought nothing. Telegram holds an empty
 * long poll for its timeout; a server or proxy that ignores the timeout answers at once, and the
 * poller would spin. After an empty answer that came sooner than the floor, the poller waits the
 * rest of it, and the floor doubles (up to its max) while answers keep coming back empty and
 * early; an answer with updates, or one that waited the floor out, brings it back to its min.
 */
public final class IdleFloor {
    /** The largest floor: a server that ignores the timeout still gets a message through within this. */
    static final Duration CAP = Duration.ofSeconds(8);
    private static final Duration LEAST = Duration.ofSeconds(1);

    private final Duration min;
    private final Duration max;
    private Duration current;

    /** From {@code min} (1 s if zero) doubling to {@code max}, at most {@link #CAP}. */
    public IdleFloor(Duration min, Duration max) {
        this.min = min.isZero() ? LEAST : min;
        Duration upper = max.compareTo(CAP) > 0 ? CAP : max;
        this.max = upper.compareTo(this.min) < 0 ? this.min : upper;
        this.current = this.min;
    }

    /** After a poll that brought nothing and took {@code elapsed}: how long to wait before the next. */
    public Duration afterEmpty(Duration elapsed) {
        if (elapsed.compareTo(current) >= 0) {
            current = min;
            return Duration.ZERO;
        }
        Duration wait = current.minus(elapsed);
        Duration doubled = current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** After a poll that brought updates. */
    public void reset() {
        current = min;
    }
}
