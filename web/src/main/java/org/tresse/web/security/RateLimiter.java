package org.tresse.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per key (an address and what it does): {@code burst} at once, then one more
 * every {@code refill}. Keeps at most {@code maxKeys} buckets, forgetting the least recently used.
 */
public final class RateLimiter {
    private final int burst;
    private final long refillNanos;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public RateLimiter(int burst, Duration refill, int maxKeys, Clock clock) {
        if (burst < 1 || refill.isZero() || refill.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a burst of 1 or more and a positive refill");
        }
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token for {@code key}; false when the bucket is empty (refuse with 429). */
    public synchronized boolean tryAcquire(String key) {
        long now = nanos();
        Bucket bucket = buckets.computeIfAbsent(key, any -> new Bucket(burst, now));
        long elapsed = now - bucket.updated;
        if (elapsed >= refillNanos) {
            long earned = elapsed / refillNanos;
            bucket.tokens = (int) Math.min(burst, bucket.tokens + earned);
            bucket.updated = bucket.tokens == burst ? now : bucket.updated + earned * refillNanos;
        }
        if (bucket.tokens == 0) {
            return false;
        }
        bucket.tokens--;
        return true;
    }

    /** How long until {@code key} may try again, rounded up to a second (for Retry-After). */
    public synchronized long retryAfterSeconds(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null || bucket.tokens > 0) {
            return 0;
        }
        long wait = refillNanos - (nanos() - bucket.updated);
        return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }

    private static final class Bucket {
        int tokens;
        long updated;

        Bucket(int tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
