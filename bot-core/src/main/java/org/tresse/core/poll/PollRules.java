package org.tresse.core.poll;

import java.time.Duration;
import java.util.Optional;

/**
 * The options of a poll.
 *
 * @param secret         secret ballot: who voted is kept apart from what was voted
 * @param resultsHidden  results are shown only once the poll is closed
 * @param consent        consent mode (proposal): one "blocage" rejects
 * @param maxSelections  multiple choice: how many options at most (0: as many as there are); 1 otherwise
 * @param quorum         how many must vote for the result to count
 * @param threshold      proposal: the share of "pour" among expressed votes needed
 * @param reminder       how long before the deadline non-voters get a reminder
 */
public record PollRules(
        boolean secret,
        boolean resultsHidden,
        boolean consent,
        int maxSelections,
        Optional<Quorum> quorum,
        Optional<Threshold> threshold,
        Optional<Duration> reminder) {

    public static PollRules defaults() {
        return new PollRules(false, false, false, 1, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
