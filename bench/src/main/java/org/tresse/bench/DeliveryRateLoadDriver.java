package org.tresse.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * Delivers an announcement to many subscribers through the real delivery worker, against a fake
 * channel that enforces its rate limit the way a server does (at most N messages in any sliding
 * window of one period, else a 429). Reports the rate reached against the configured one and the
 * 429s provoked. Only the announcement's messages are timed (not the replies to its author).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.tresse.bench.DeliveryRateLoadDriver [perSecond] [recipients] [mem|file]</pre>
 */
public final class DeliveryRateLoadDriver {
    private DeliveryRateLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int recipients = args.length > 1 ? Integer.parseInt(args[1]) : perSecond * 20;
        boolean file = args.length > 2 && args[2].equals("file");
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("tresse-load");
        String url = file ? "jdbc:h2:file:" + directory.resolve("tresse") : "jdbc:h2:mem:load";
        Database database = Database.open(url, "sa", "", List.of());
        StrictServer server = new StrictServer(perSecond);
        Assembled tresse = BenchTresse.on(database, directory, "telegram", Backoff.DEFAULT, List.of(server));
        CoreServices core = tresse.core();
        Engine engine = tresse.engine();
        database.useTransaction(handle -> {
            long base = handle.count("select coalesce(max(id), 0) from person");
            handle.update("insert into person (id, display_name, created_at) select " + base + " + x, 'p' || x, current_timestamp "
                    + "from system_range(1, "
                    + recipients + ")");
            handle.update("insert into subscription (person_id, channel, address, notifications, digest, status, created_at, "
                    + "digest_since) select id, 'telegram', display_name, true, false, 'ACTIVE', current_timestamp, "
                    + "current_timestamp from person");
        });
        engine.receive(Inbound.text("telegram", "e1", "admin", RoomKind.PRIVATE, new Identity("telegram", "admin"),
                "/annonce \"Mesure de débit\" --tous --canaux telegram"));
        core.delivery().start();
        engine.receive(Inbound.text("telegram", "e2", "admin", RoomKind.PRIVATE, new Identity("telegram", "admin"), "/confirmer 1"));
        while (database.inTransaction(handle -> handle.count("select count(*) from outbox where status = 'PENDING'")) > 0) {
            core.delivery().awaitIdle("telegram", Duration.ofSeconds(5));
        }
        core.delivery().stop();
        database.close();
        double seconds = (server.last - server.first) / 1e9;
        double rate = (server.accepted.get() - 1) / seconds;
        System.out.printf(Locale.ROOT, "configured %d msg/s, %d recipients (%s): %d delivered in %.2f s = %.2f msg/s = %.1f%% of the limit;"
                        + " 429 provoked: %d%n", perSecond, recipients, file ? "H2 file" : "H2 memory", server.accepted.get(), seconds,
                rate, 100 * rate / perSecond, server.rejected.get());
        java.util.List<Double> gaps = new java.util.ArrayList<>(server.gaps);
        java.util.Collections.sort(gaps);
        System.out.printf(Locale.ROOT, "gap between two sends (ms): min %.2f, median %.2f, p90 %.2f, p99 %.2f, max %.2f (interval %.2f)%n",
                gaps.get(0), gaps.get(gaps.size() / 2), gaps.get(gaps.size() * 9 / 10), gaps.get(gaps.size() * 99 / 100),
                gaps.get(gaps.size() - 1), 1000.0 / perSecond);
        System.out.println("pauses over 100 ms (message number:gap): " + server.stalls);
    }

    /** A channel that answers 429 when more than {@code perSecond} messages arrive within any one second. */
    private static final class StrictServer implements Connector {
        private final int perSecond;
        private final ArrayDeque<Long> window = new ArrayDeque<>();
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();
        private final java.util.List<Double> gaps = new java.util.ArrayList<>();
        private final java.util.List<String> stalls = new java.util.ArrayList<>();
        private volatile long first;
        private volatile long last;

        StrictServer(int perSecond) {
            this.perSecond = perSecond;
        }

        @Override
        public String channel() {
            return "telegram";
        }

        @Override
        public ChannelCapabilities capabilities() {
            return ChannelCapabilities.plainText().withRateLimits(new RateLimits(RateLimit.perSecond(perSecond), null, null));
        }

        @Override
        public void start(InboundSink sink) {
            // deliveries only
        }

        @Override
        public synchronized DeliveryResult deliver(Outbound outbound) {
            long now = System.nanoTime();
            while (!window.isEmpty() && window.peekFirst() <= now - 1_000_000_000L) {
                window.pollFirst();
            }
            if (window.size() >= perSecond) {
                rejected.incrementAndGet();
                return new DeliveryResult.RetryAfter(Duration.ofSeconds(1));
            }
            window.addLast(now);
            if (!(outbound.destination() instanceof org.tresse.core.message.Destination.Direct direct)
                    || !direct.userId().startsWith("p")) {
                return new DeliveryResult.Sent("m" + outbound.id());
            }
            if (accepted.get() > 0) {
                double gap = (now - last) / 1e6;
                gaps.add(gap);
                if (gap > 100) {
                    stalls.add(accepted.get() + ":" + Math.round(gap) + "ms");
                }
            }
            if (accepted.getAndIncrement() == 0) {
                first = now;
            }
            last = now;
            return new DeliveryResult.Sent("m" + outbound.id());
        }

        @Override
        public void stop() {
            // nothing held
        }
    }
}
