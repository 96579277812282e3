package org.tresse.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;

/**
 * One channel's server, shared by the connectors of several instances: at most {@code perSecond}
 * messages in any sliding second (else a 429), 0 for no limit. Counts what each instance sent, and to whom.
 */
final class StrictChannel {
    private final int perSecond;
    private final ArrayDeque<Long> window = new ArrayDeque<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Map<String, AtomicLong> byInstance = new ConcurrentHashMap<>();
    private final Set<String> recipients = ConcurrentHashMap.newKeySet();
    private volatile long first;
    private volatile long last;

    StrictChannel(int perSecond) {
        this.perSecond = perSecond;
    }

    long accepted() {
        return accepted.get();
    }

    /** How many recipients got a message: {@link #accepted()} when none got one twice. */
    long distinct() {
        return recipients.size();
    }

    String report(int rows) {
        double seconds = (last - first) / 1e9;
        double rate = (accepted.get() - 1) / seconds;
        return String.format(Locale.ROOT, "outbox, limit %s: %d messages in %.2f s = %.1f msg/s%s; 429 provoked: %d; sent by instance: %s",
                perSecond == 0 ? "none" : perSecond + "/s", rows, seconds, rate,
                perSecond == 0 ? "" : String.format(Locale.ROOT, " = %.1f%% of the limit", 100 * rate / perSecond), rejected.get(), byInstance);
    }

    private synchronized DeliveryResult deliver(String instance, Outbound outbound) {
        long now = System.nanoTime();
        if (perSecond > 0) {
            while (!window.isEmpty() && window.peekFirst() <= now - 1_000_000_000L) {
                window.pollFirst();
            }
            if (window.size() >= perSecond) {
                rejected.incrementAndGet();
                return new DeliveryResult.RetryAfter(Duration.ofSeconds(1));
            }
            window.addLast(now);
        }
        if (accepted.getAndIncrement() == 0) {
            first = now;
        }
        last = now;
        recipients.add(outbound.destination().toString());
        byInstance.computeIfAbsent(instance, any -> new AtomicLong()).incrementAndGet();
        return new DeliveryResult.Sent("m" + now);
    }

    /** The connector of one instance. */
    Connector as(String instance) {
        RateLimits limits = perSecond == 0 ? RateLimits.NONE : new RateLimits(RateLimit.perSecond(perSecond), null, null);
        return new Connector() {
            @Override
            public String channel() {
                return "bench";
            }

            @Override
            public ChannelCapabilities capabilities() {
                return ChannelCapabilities.plainText().withRateLimits(limits);
            }

            @Override
            public void start(InboundSink sink) {
                // deliveries only
            }

            @Override
            public DeliveryResult deliver(Outbound outbound) {
                return StrictChannel.this.deliver(instance, outbound);
            }

            @Override
            public void stop() {
                // nothing held
            }
        };
    }
}
