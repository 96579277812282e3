package org.tresse.core.poll;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Votes counted in a room — a meeting's show of hands — added to a poll's online votes: numbers,
 * never ballots (nobody's vote is recorded, nobody can change it online).
 *
 * @param counts per option, in the poll's order (a proposal: pour, contre, abstention, blocage)
 * @param source where they were counted, as the counting feature names it ({@code meeting:3})
 */
public record RoomVotes(List<Integer> counts, String source, long enteredBy, Instant enteredAt) {
    public RoomVotes {
        counts = List.copyOf(counts);
        Objects.requireNonNull(source, "source");
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative: " + count);
            }
        }
    }

    /** How many persons voted in the room: one hand each. */
    public int voters() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public int at(int option) {
        return option < counts.size() ? counts.get(option) : 0;
    }
}
