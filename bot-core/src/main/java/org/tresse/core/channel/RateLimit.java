package org.tresse.core.channel;

import java.time.Duration;
import java.util.Objects;

/** At most {@code permits} messages per {@code period}, spread evenly (no bursts). */
public record RateLimit(int permits, Duration period) {
    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (permits <= 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs permits > 0 and a positive period");
        }
    }

    public static RateLimit perSecond(int permits) {
        return new RateLimit(permits, Duration.ofSeconds(1));
    }

    public static RateLimit perMinute(int permits) {
        return new RateLimit(permits, Duration.ofMinutes(1));
    }

    /** The time between two messages at this rate. */
    public Duration interval() {
        return period.dividedBy(permits);
    }

    @Override
    public String toString() {
        return permits + "/" + period;
    }
}
