package org.tresse.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.Tally;

/**
 * The tally of 100,000 ballots of each kind, from their stored (encoded) form to the result:
 * grouping identical ballots, decoding, counting. Random ballots, so few are identical (a
 * ranking of 20 options or 20 grades: nearly every ballot distinct — the worst case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PollTallyBenchmark {
    @Param({"PROPOSAL", "SINGLE", "MULTIPLE", "RANKED", "JUDGMENT"})
    public PollKind kind;

    @Param({"5", "20"})
    public int options;

    @Param("100000")
    public int ballots;

    private List<String> encoded;
    private PollRules rules;
    private int optionCount;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        optionCount = kind == PollKind.PROPOSAL ? 4 : options;
        rules = new PollRules(false, false, kind == PollKind.PROPOSAL, kind == PollKind.MULTIPLE ? optionCount : 1,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        encoded = new ArrayList<>(ballots);
        for (int index = 0; index < ballots; index++) {
            encoded.add(ballot(random).encode());
        }
    }

    private Answer ballot(Random random) {
        switch (kind) {
            case PROPOSAL:
            case SINGLE:
                return Answer.Choice.of(random.nextInt(optionCount));
            case MULTIPLE:
                List<Integer> chosen = new ArrayList<>();
                for (int option = 0; option < optionCount; option++) {
                    if (random.nextInt(3) == 0) {
                        chosen.add(option);
                    }
                }
                return new Answer.Choice(chosen);
            case RANKED:
                List<Integer> order = new ArrayList<>();
                for (int option = 0; option < optionCount; option++) {
                    order.add(option);
                }
                Collections.shuffle(order, random);
                List<List<Integer>> ranks = new ArrayList<>();
                int ranked = 1 + random.nextInt(optionCount);
                for (int place = 0; place < ranked; place++) {
                    ranks.add(List.of(order.get(place)));
                }
                return new Answer.Ranking(ranks);
            default:
                List<org.tresse.core.poll.Grade> grades = new ArrayList<>();
                for (int option = 0; option < optionCount; option++) {
                    int grade = random.nextInt(8);
                    grades.add(grade == 7 ? null : org.tresse.core.poll.Grade.ofRank(grade));
                }
                return new Answer.Grades(grades);
        }
    }

    @Benchmark
    public PollResult tally() {
        return Tally.count(kind, optionCount, rules, Tally.aggregate(encoded), OptionalInt.of(ballots));
    }
}
