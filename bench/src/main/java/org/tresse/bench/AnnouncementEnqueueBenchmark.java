package org.tresse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * {@code /confirmer N} of an announcement to {@code recipients} subscribers plus a few group rooms:
 * the audience is resolved and every outbox row written in ONE transaction, committed durably
 * (H2 file, WRITE_DELAY=0). The preview is made before each measured call, outside the timing.
 * Run: {@code java -jar bench/target/benchmarks.jar AnnouncementEnqueue}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 8, batchSize = 1)
@Measurement(iterations = 15, batchSize = 1)
public class AnnouncementEnqueueBenchmark {
    @Param({"5000"})
    public int recipients;

    private Path directory;
    private Database database;
    private Engine engine;
    private long events;
    private long announcement;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("tresse-bench");
        database = Database.open("jdbc:h2:file:" + directory.resolve("tresse"), "sa", "", List.of());
        Assembled tresse = BenchTresse.on(database, directory, "telegram", Backoff.DEFAULT, List.of());
        CoreServices core = tresse.core();
        database.useTransaction(handle -> {
            core.groups().define(handle, new Group("cafe", "Café", true));
            for (int room = 1; room <= 3; room++) {
                core.groups().attachRoom(handle, "telegram", "-100room" + room, "cafe");
            }
            long base = handle.count("select coalesce(max(id), 0) from person");
            handle.update("insert into person (id, display_name, created_at) select " + base + " + x, 'p' || x, current_timestamp "
                    + "from system_range(1, " + recipients + ")");
            handle.update("insert into subscription (person_id, channel, address, notifications, digest, status, created_at, "
                    + "digest_since) select id, 'telegram', display_name, true, false, 'ACTIVE', current_timestamp, "
                    + "current_timestamp from person");
        });
        engine = tresse.engine();
        say("/moi");
    }

    @Setup(Level.Invocation)
    public void preview() {
        database.useTransaction(handle -> handle.update("delete from outbox"));
        say("/annonce \"Grande nouvelle : **fête** samedi\" --tous --canaux telegram");
        announcement = database.inTransaction(handle -> handle.count("select max(id) from announcement"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Receipt confirmAndEnqueue() {
        return say("/confirmer " + announcement);
    }

    @TearDown(Level.Invocation)
    public void check() {
        long rows = database.inTransaction(handle -> handle.count(
                "select count(*) from outbox where correlation = ?", "announcement:" + announcement));
        if (rows != recipients + 3) {
            throw new IllegalStateException("expected " + (recipients + 3) + " rows, got " + rows);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private Receipt say(String text) {
        return engine.receive(Inbound.text("telegram", "bench-" + (++events), "admin", RoomKind.PRIVATE,
                new Identity("telegram", "admin"), text));
    }
}
