package org.tresse.core.outbox.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Destination;

/**
 * Spaces a channel's messages evenly under its rate limits: overall, per conversation, per group
 * room. No bursts: two messages under one limit are never closer than its interval, so no
 * reading of the limit (sliding window or bucket) is exceeded. Used by one thread only.
 */
public final class Pacer {
    private static final String OVERALL = "*";

    private final RateLimits limits;
    private final Map<String, Instant> nextAllowed = new HashMap<>();

    public Pacer(RateLimits limits) {
        this.limits = limits;
    }

    /** When the channel as a whole may send next (now or earlier means now). */
    public Instant overallNext() {
        return nextAllowed.getOrDefault(OVERALL, Instant.MIN);
    }

    /**
     * Takes a slot for {@code destination} at {@code now} and returns null, or returns the
     * earliest instant a message may go there, taking nothing.
     */
    public Instant tryAcquire(Destination destination, Instant now) {
        String chat = "chat:" + destination.conversationKey();
        String group = "group:" + destination.conversationKey();
        Instant earliest = Instant.MIN;
        earliest = later(earliest, nextAllowed.get(OVERALL));
        earliest = later(earliest, nextAllowed.get(chat));
        earliest = later(earliest, nextAllowed.get(group));
        if (earliest.isAfter(now)) {
            return earliest;
        }
        take(OVERALL, limits.overall(), now);
        take(chat, limits.perChat(), now);
        if (destination.isGroup()) {
            take(group, limits.perGroup(), now);
        }
        if (nextAllowed.size() > 10_000) {
            forgetPast(now);
        }
        return null;
    }

    private void take(String key, RateLimit limit, Instant now) {
        if (limit == null) {
            return;
        }
        Instant next = nextAllowed.getOrDefault(key, Instant.MIN);
        Instant base = next.isAfter(now) ? next : now;
        nextAllowed.put(key, base.plus(limit.interval()));
    }

    /**
     * Nothing goes before {@code now} plus the longest interval of the limits: another instance was
     * sending on the channel until now, at its own pace, which this one does not know.
     */
    public void holdEverything(Instant now) {
        java.time.Duration longest = java.time.Duration.ZERO;
        for (RateLimit limit : new RateLimit[] {limits.overall(), limits.perChat(), limits.perGroup()}) {
            if (limit != null && limit.interval().compareTo(longest) > 0) {
                longest = limit.interval();
            }
        }
        nextAllowed.merge(OVERALL, now.plus(longest), Pacer::later);
    }

    /** Pushes a conversation's next slot to {@code until} (the channel asked to wait). */
    public void holdConversation(Destination destination, Instant until) {
        nextAllowed.merge("chat:" + destination.conversationKey(), until, Pacer::later);
    }

    private void forgetPast(Instant now) {
        Iterator<Map.Entry<String, Instant>> entries = nextAllowed.entrySet().iterator();
        while (entries.hasNext()) {
            if (!entries.next().getValue().isAfter(now)) {
                entries.remove();
            }
        }
    }

    private static Instant later(Instant first, Instant second) {
        if (second == null) {
            return first;
        }
        return second.isAfter(first) ? second : first;
    }

}
