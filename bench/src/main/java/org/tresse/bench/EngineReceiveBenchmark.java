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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tresse.commands.assembly.Assembled;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.groups.Group;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * {@code Engine.receive} of a command that changes state and replies once ({@code /rejoindre}
 * then {@code /quitter}, in turn), on H2 in file mode with every commit written before it returns
 * (WRITE_DELAY=0), on one thread. Run: {@code java -jar bench/target/benchmarks.jar EngineReceive}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class EngineReceiveBenchmark {
    private Path directory;
    private Database database;
    private Engine engine;
    private long events;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("tresse-bench");
        database = Database.open("jdbc:h2:file:" + directory.resolve("tresse"), "sa", "", List.of());
        Assembled tresse = BenchTresse.on(database, directory, "console", Backoff.DEFAULT, List.of());
        database.useTransaction(handle -> tresse.core().groups().define(handle, new Group("cafe", "Café", true)));
        engine = tresse.engine();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Receipt durableCommand() {
        long event = ++events;
        String text = event % 2 == 1 ? "/rejoindre cafe" : "/quitter cafe";
        Receipt receipt = engine.receive(Inbound.text("telegram", "bench-" + event, "1001", RoomKind.PRIVATE,
                new Identity("telegram", "1001"), text));
        if (receipt != Receipt.PROCESSED) {
            throw new IllegalStateException("unexpected " + receipt);
        }
        return receipt;
    }
}
