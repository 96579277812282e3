package org.tresse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.lease.DatabaseLeases;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.outbox.Delivery;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.PostgresServer;

/**
 * Tresse on a durable PostgreSQL (fsync on, a throwaway server from the machine's programs), with
 * what each run promises checked at its end (it fails otherwise):
 * <ul>
 *   <li>{@code receive INSTANCES}: durable commands per second through {@code Engine.receive}
 *       ({@code /avis}: a voice and a reply), 4 threads per instance, each instance on its own pool;
 *       then 300 more events each given to every instance at once (a webhook retried elsewhere),
 *       each two of them from a new sender: every event handled once, none lost;</li>
 *   <li>{@code outbox RATE}: 20 s worth of messages through two instances' delivery against a
 *       channel that refuses (429) more than RATE in any second; RATE 0: no limit, the ceiling of
 *       one sender; every message delivered once;</li>
 *   <li>{@code intake ASSOCIATIONS}: latency of one command as the store holds ASSOCIATIONS times
 *       10,000 members.</li>
 * </ul>
 * <pre>java -cp bench/target/benchmarks.jar org.tresse.bench.SharedStoreLoadDriver receive 2</pre>
 */
public final class SharedStoreLoadDriver {
    private static final int THREADS_PER_INSTANCE = 4;
    private static final int RACED = 300;

    private SharedStoreLoadDriver() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "receive";
        int number = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (PostgresServer server = PostgresServer.start(true)) {
            JdbcTarget target = server.createDatabase(null, null);
            switch (mode) {
                case "receive" -> receive(target, number);
                case "outbox" -> outbox(target, number);
                case "intake" -> intake(target, number);
                default -> throw new IllegalArgumentException("receive, outbox or intake");
            }
        }
    }

    private static Database open(JdbcTarget target) {
        return Database.open(target.url(), target.user(), target.password(), List.of(), 8);
    }

    private static void receive(JdbcTarget target, int instances) throws Exception {
        Path directory = Files.createTempDirectory("tresse-bench");
        List<Engine> engines = new ArrayList<>();
        List<Database> pools = new ArrayList<>();
        for (int instance = 0; instance < instances; instance++) {
            Database database = open(target);
            pools.add(database);
            engines.add(BenchTresse.on(database, directory, "telegram", Backoff.DEFAULT, List.of()).engine());
        }
        int commands = 3000;
        Map<Receipt, AtomicLong> receipts = new EnumMap<>(Receipt.class);
        for (Receipt receipt : Receipt.values()) {
            receipts.put(receipt, new AtomicLong());
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS_PER_INSTANCE * instances);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int thread = 0; thread < THREADS_PER_INSTANCE * instances; thread++) {
            Engine engine = engines.get(thread % instances);
            work.add(threads.submit(() -> feed(engine, next, commands, false, receipts)));
        }
        awaitAll(work);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "receive, %d instance(s), %d threads: %d durable commands in %.1f s = %.0f commands/s%n",
                instances, THREADS_PER_INSTANCE * instances, commands, seconds, commands / seconds);
        // each instance walks the same events: every one arrives at every instance at about the same time
        work.clear();
        for (Engine engine : engines) {
            AtomicInteger own = new AtomicInteger(commands);
            for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                work.add(threads.submit(() -> feed(engine, own, commands + RACED, true, receipts)));
            }
        }
        awaitAll(work);
        threads.shutdown();
        int events = commands + RACED;
        long logged = pools.get(0).inTransaction(handle -> handle.count("select count(*) from inbound_log"));
        long voices = pools.get(0).inTransaction(handle -> handle.count("select count(*) from voice"));
        long replies = pools.get(0).inTransaction(handle -> handle.count("select count(*) from outbox"));
        System.out.printf(Locale.ROOT, "%d events, %d of them given to all %d instances at once: receipts %s; "
                + "inbound log %d, voices %d, replies %d%n", events, RACED, instances, receipts, logged, voices, replies);
        pools.forEach(Database::close);
        check(logged == events && voices == events && replies == events
                && receipts.get(Receipt.PROCESSED).get() == events
                && receipts.get(Receipt.DUPLICATE).get() == (long) RACED * (instances - 1), "an event lost or handled twice");
    }

    private static Void feed(Engine engine, AtomicInteger next, int to, boolean raced, Map<Receipt, AtomicLong> receipts) {
        for (int index = next.incrementAndGet(); index <= to; index = next.incrementAndGet()) {
            // 200 regular senders; in the raced events, a new sender for each two events, who arrive together
            String user = raced ? "new" + index / 2 : "u" + index % 200;
            Receipt receipt = engine.receive(Inbound.text("telegram", "e" + index, user, RoomKind.PRIVATE,
                    new Identity("telegram", user), "/avis idée numéro " + index));
            receipts.get(receipt).incrementAndGet();
        }
        return null;
    }

    private static void outbox(JdbcTarget target, int rate) throws Exception {
        int rows = rate == 0 ? 5000 : rate * 20;
        StrictChannel channel = new StrictChannel(rate);
        List<Runnable> stops = new ArrayList<>();
        List<Outbox> outboxes = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            Database database = open(target);
            DatabaseLeases leases = new DatabaseLeases(database, Clock.systemUTC(), new LeaseSettings(name, Duration.ofSeconds(15)));
            Outbox outbox = new Outbox(Clock.systemUTC());
            Delivery delivery = new Delivery(database, outbox, Clock.systemUTC(), Backoff.DEFAULT, leases);
            delivery.add(channel.as(name), null);
            leases.start();
            delivery.start();
            outboxes.add(outbox);
            stops.add(() -> {
                delivery.stop();
                leases.stop();
                database.close();
            });
        }
        List<Destination> destinations = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            destinations.add(new Destination.Direct("bench", "p" + row));
        }
        try (Database database = open(target)) {
            database.useTransaction(handle -> outboxes.get(0).enqueueAll(handle, destinations, Content.notice("Mesure de débit"), "bench"));
            outboxes.forEach(Outbox::wakeUp);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60L + rows / Math.max(1, rate));
            while (channel.accepted() < rows && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            TimeUnit.SECONDS.sleep(2);
            stops.forEach(Runnable::run);
            long unsent = database.inTransaction(handle -> handle.count("select count(*) from outbox where status <> 'SENT'"));
            System.out.println(channel.report(rows) + "; rows not sent: " + unsent);
            check(unsent == 0 && channel.accepted() == rows && channel.distinct() == rows, "a message lost or sent twice");
        }
    }

    private static void intake(JdbcTarget target, int associations) throws Exception {
        Path directory = Files.createTempDirectory("tresse-bench");
        try (Database database = open(target)) {
            Engine engine = BenchTresse.on(database, directory, "telegram", Backoff.DEFAULT, List.of()).engine();
            int members = associations * 10_000;
            long loading = System.nanoTime();
            database.useTransaction(handle -> {
                long base = handle.count("select coalesce(max(id), 0) from person");
                handle.update("insert into person (id, display_name, created_at) select " + base + " + g, 'membre ' || g, current_timestamp "
                        + "from generate_series(1, " + members + ") g");
                handle.update("insert into identity (channel, external_id, person_id, created_at) "
                        + "select 'telegram', cast(id as varchar(20)), id, current_timestamp from person");
                handle.update("insert into person_role (person_id, role, group_slug) select id, 'MEMBER', '*' from person");
            });
            database.useTransaction(handle -> handle.update("analyze"));
            System.out.printf(Locale.ROOT, "%d members loaded in %.1f s%n", members, (System.nanoTime() - loading) / 1e9);
            List<Long> latencies = new ArrayList<>();
            for (int index = 0; index < 600; index++) {
                String user = String.valueOf(1 + ThreadLocalRandom.current().nextInt(members));
                long start = System.nanoTime();
                engine.receive(Inbound.text("telegram", "m" + index, user, RoomKind.PRIVATE, new Identity("telegram", user),
                        "/avis le café le dimanche " + index));
                if (index >= 100) {
                    latencies.add(System.nanoTime() - start);
                }
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "intake with %d association(s) (%d members): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    associations, members, latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 95 / 100) / 1e6,
                    latencies.get(latencies.size() * 99 / 100) / 1e6);
        }
    }

    private static void awaitAll(List<Future<?>> work) throws Exception {
        for (Future<?> done : work) {
            done.get();
        }
    }

    private static void check(boolean kept, String broken) {
        if (!kept) {
            throw new IllegalStateException(broken);
        }
    }
}
