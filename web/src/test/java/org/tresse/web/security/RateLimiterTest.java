package org.tresse.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tresse.testkit.MutableClock;

class RateLimiterTest {
    private final MutableClock clock = MutableClock.atVillageMorning();

    @Test
    void aBurstThenOneTokenPerRefillPerAddress() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(10), 100, clock);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.retryAfterSeconds("a")).isEqualTo(10);
        assertThat(limiter.tryAcquire("b")).as("another address has its own bucket").isTrue();

        clock.advance(Duration.ofSeconds(9));
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.retryAfterSeconds("a")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();

        clock.advance(Duration.ofMinutes(10));
        for (int index = 0; index < 3; index++) {
            assertThat(limiter.tryAcquire("a")).as("refilled up to the burst, no more").isTrue();
        }
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void theLeastRecentAddressesAreForgottenPastTheBound() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofHours(1), 2, clock);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");

        assertThat(limiter.tryAcquire("a")).as("forgotten, so a fresh bucket").isTrue();
        assertThat(limiter.tryAcquire("c")).isFalse();
    }
}
