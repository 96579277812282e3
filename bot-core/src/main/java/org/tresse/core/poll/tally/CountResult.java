package org.tresse.core.poll.tally;

import java.util.List;

/**
 * Single and multiple choice: votes per option; {@code leaders} are the options with the most
 * votes (several when tied, none when nobody voted).
 */
public record CountResult(List<Integer> counts, List<Integer> leaders, Turnout turnout) implements PollResult {
    public CountResult {
        counts = List.copyOf(counts);
        leaders = List.copyOf(leaders);
    }

    public boolean tied() {
        return leaders.size() > 1;
    }
}
