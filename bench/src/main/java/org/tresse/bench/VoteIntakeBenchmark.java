package org.tresse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.Warmup;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;

/**
 * 1,000 distinct members vote on one poll through {@link Engine#receive}, on an H2 file
 * database: one measured shot is the time until the 1,000th vote is committed (each receive
 * returns only after its commit, and H2 is opened with WRITE_DELAY=0, so returned = durable).
 * A fresh database each iteration; {@code senders} connectors deliver votes at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class VoteIntakeBenchmark {
    private static final int VOTERS = 1_000;

    @Param({"1", "4"})
    public int senders;

    @Param({"open", "secret"})
    public String ballot;

    private Path directory;
    private Database database;
    private Engine engine;
    private ExecutorService threads;
    private int round;

    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("tresse-bench");
        database = Database.open("jdbc:h2:file:" + directory.resolve("tresse"), "sa", "", List.of());
        Assembled tresse = BenchTresse.on(database, directory, "console", new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 3),
                List.of());
        CoreServices core = tresse.core();
        engine = tresse.engine();
        database.useTransaction(handle -> {
            for (int voter = 0; voter < VOTERS; voter++) {
                long id = core.people().resolve(handle, new Identity("telegram", "v" + voter), "v" + voter).id();
                core.people().grant(handle, id, Role.MEMBER, Optional.empty());
            }
        });
        String flags = ballot.equals("secret") ? " --secret" : "";
        engine.receive(Inbound.text("console", "open-" + round, "ana", RoomKind.PRIVATE, new Identity("console", "ana"),
                "/sondage \"Ouvrir le café le dimanche ?\" --jusqua 3j" + flags));
        threads = Executors.newFixedThreadPool(senders);
        round++;
    }

    @Benchmark
    public int thousandVotes() throws Exception {
        List<Future<Integer>> sent = new ArrayList<>();
        for (int sender = 0; sender < senders; sender++) {
            int first = sender;
            sent.add(threads.submit(() -> {
                int processed = 0;
                for (int voter = first; voter < VOTERS; voter += senders) {
                    Receipt receipt = engine.receive(Inbound.text("telegram", "vote-" + voter, "v" + voter, RoomKind.PRIVATE,
                            new Identity("telegram", "v" + voter), voter % 3 == 0 ? "/vote 1 contre" : "/vote 1 pour"));
                    if (receipt == Receipt.PROCESSED) {
                        processed++;
                    }
                }
                return processed;
            }));
        }
        int processed = 0;
        for (Future<Integer> future : sent) {
            processed += future.get();
        }
        long ballots = database.inTransaction(handle -> handle.count("select count(*) from ballot"));
        if (processed != VOTERS || ballots != VOTERS) {
            throw new IllegalStateException("expected " + VOTERS + " ballots, got " + ballots + " (" + processed + " processed)");
        }
        return processed;
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
        threads.shutdown();
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
