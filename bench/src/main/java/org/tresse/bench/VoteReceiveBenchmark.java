package org.tresse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.channel.Arrival;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * Issue 14's per-vote figures on an H2 file (every commit written and synced before it returns), on
 * one thread, as the vote storm sends them: each vote ({@code /vote 1 pour}) from a newcomer on a
 * public poll, so each also creates its person. {@code oneVote}: one {@code Engine.receive}, one
 * commit (ops/s, and p50/p99 from the sample mode). {@code batchOfAHundred}: one
 * {@code getUpdates} answer's worth, 100 votes through {@code Engine.receiveAll} with their
 * cursor, one commit. Delivery is not running: the replies stay in the outbox.
 * Run: {@code java -jar bench/target/benchmarks.jar VoteReceive}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx96m", "-XX:+UseSerialGC"})
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class VoteReceiveBenchmark {
    private static final String CHANNEL = "telegram";

    private Path directory;
    private Database database;
    private Engine engine;
    private long voters;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("tresse-bench");
        database = Database.open("jdbc:h2:file:" + directory.resolve("tresse"), "sa", "", List.of());
        Assembled tresse = BenchTresse.on(database, directory, "console", Backoff.DEFAULT, List.of());
        engine = tresse.engine();
        Receipt opened = engine.receive(Inbound.text("console", "open", "ana", RoomKind.PRIVATE, new Identity("console", "ana"),
                "/sondage \"Ouvrir le café le dimanche ?\" --public"));
        if (opened != Receipt.PROCESSED) {
            throw new IllegalStateException("the poll was not opened: " + opened);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        long ballots = database.inTransaction(handle -> handle.count("select count(*) from ballot where poll_id = 1"));
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        if (ballots != voters) {
            throw new IllegalStateException(voters + " votes sent, " + ballots + " counted");
        }
    }

    private Inbound vote() {
        String voter = Long.toString(1_000_000 + ++voters);
        return Inbound.text(CHANNEL, "u" + voters, voter, RoomKind.PRIVATE, new Identity(CHANNEL, voter), "/vote 1 pour");
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Receipt oneVote() {
        Receipt receipt = engine.receive(vote());
        if (receipt != Receipt.PROCESSED) {
            throw new IllegalStateException("unexpected " + receipt);
        }
        return receipt;
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Receipt> batchOfAHundred() {
        List<Arrival> arrivals = new ArrayList<>(100);
        for (int update = 0; update < 100; update++) {
            arrivals.add(new Arrival(vote(), null));
        }
        List<Receipt> receipts = engine.receiveAll(CHANNEL, arrivals, new Cursor("offset", Long.toString(voters + 1)));
        if (receipts.size() != 100 || receipts.stream().anyMatch(receipt -> receipt != Receipt.PROCESSED)) {
            throw new IllegalStateException("unexpected " + receipts);
        }
        return receipts;
    }
}
