package org.tresse.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tresse.core.poll.SecretBallotKey;

/** What a secret ballot adds to a tally while the poll is open: opening 100,000 sealed ballots. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SecretBallotOpeningBenchmark {
    private static final int BALLOTS = 100_000;
    private final SecretBallotKey key = SecretBallotKey.of("bench key of thirty-two bytes!!!".getBytes(StandardCharsets.US_ASCII));
    private final List<String[]> sealed = new ArrayList<>();

    @Setup
    public void setUp() {
        for (int person = 0; person < BALLOTS; person++) {
            String voterKey = key.voterKey(1, person);
            sealed.add(new String[] {voterKey, key.seal(1, voterKey, (person % 5) + "|1709370000000")});
        }
    }

    @Benchmark
    public void open(Blackhole sink) {
        for (String[] ballot : sealed) {
            sink.consume(key.open(1, ballot[0], ballot[1]));
        }
    }
}
