package org.tresse.core.poll.tally;

import java.util.List;
import java.util.OptionalInt;
import org.tresse.core.poll.Grade;

/**
 * A majority judgment tally.
 *
 * @param gradeCounts    {@code gradeCounts[option][grade rank]}; an ungraded option counts as "À rejeter"
 * @param majorityGrades each option's majority grade (its lower median)
 * @param order          every option, best first
 * @param winner         empty when nobody voted
 * @param tieBreak       how the first place was decided against the second
 */
public record JudgmentResult(
        long[][] gradeCounts,
        List<Grade> majorityGrades,
        List<Integer> order,
        OptionalInt winner,
        TieBreak tieBreak,
        Turnout turnout) implements PollResult {

    public JudgmentResult {
        majorityGrades = List.copyOf(majorityGrades);
        order = List.copyOf(order);
    }
}
