package org.tresse.core.poll.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.PollKind;

/**
 * Majority judgment (Balinski and Laraki): each option's majority grade is its lower median;
 * the best majority grade wins. Options with the same majority grade are separated by the usual
 * rule: remove one majority-grade vote from each and compare again, until they differ. An option
 * a person left ungraded counts as "À rejeter" from that person.
 */
final class MajorityJudgment {
    private static final int GRADES = Grade.values().length;
    private static final int WORST = Grade.A_REJETER.rank();

    private MajorityJudgment() {}

    static JudgmentResult tally(int optionCount, Map<String, Integer> ballots, Turnout turnout) {
        long[][] counts = new long[optionCount][GRADES];
        for (Map.Entry<String, Integer> ballot : ballots.entrySet()) {
            String encoded = ballot.getKey();
            int weight = ballot.getValue();
            for (int option = 0; option < optionCount; option++) {
                char grade = option < encoded.length() ? encoded.charAt(option) : '-';
                counts[option][grade == '-' ? WORST : grade - '0'] += weight;
            }
        }
        List<Grade> majority = new ArrayList<>(optionCount);
        for (long[] optionCounts : counts) {
            majority.add(turnout.voters() == 0 ? Grade.A_REJETER : Grade.ofRank(majorityGrade(optionCounts)));
        }
        List<Integer> order = new ArrayList<>();
        for (int option = 0; option < optionCount; option++) {
            order.add(option);
        }
        order.sort((first, second) -> {
            int compared = compare(counts[first], counts[second]);
            return compared != 0 ? compared : Integer.compare(first, second);
        });
        if (turnout.voters() == 0 || optionCount == 0) {
            return new JudgmentResult(counts, majority, order, OptionalInt.empty(), TieBreak.NONE, turnout);
        }
        TieBreak tieBreak = TieBreak.NONE;
        if (optionCount > 1) {
            int first = order.get(0);
            int second = order.get(1);
            if (majority.get(first) == majority.get(second)) {
                tieBreak = compare(counts[first], counts[second]) != 0 ? TieBreak.MAJORITY_VALUE : TieBreak.OPTION_ORDER;
            }
        }
        return new JudgmentResult(counts, majority, order, OptionalInt.of(order.get(0)), tieBreak, turnout);
    }

    /** The lower median grade's rank (0 best): with an even count, the worse of the two middle grades. */
    static int majorityGrade(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        long middle = total / 2;
        long seen = 0;
        for (int rank = 0; rank < counts.length; rank++) {
            seen += counts[rank];
            if (seen > middle) {
                return rank;
            }
        }
        return WORST;
    }

    /**
     * Negative when {@code first} is better, positive when worse, 0 for a complete tie. Removes
     * majority-grade votes from both while their majority grades agree — in one step as many as
     * leave both majority grades unchanged, so a close race among 100,000 voters takes a few steps.
     */
    static int compare(long[] first, long[] second) {
        long[] left = first.clone();
        long[] right = second.clone();
        while (sum(left) > 0 && sum(right) > 0) {
            int leftGrade = majorityGrade(left);
            int rightGrade = majorityGrade(right);
            if (leftGrade != rightGrade) {
                return Integer.compare(leftGrade, rightGrade);
            }
            long removable = Math.max(1, Math.min(keepsMajority(left, leftGrade), keepsMajority(right, rightGrade)));
            left[leftGrade] -= removable;
            right[rightGrade] -= removable;
        }
        return 0;
    }

    /** How many votes of grade {@code grade} (the majority grade) can go before the majority grade changes. */
    static long keepsMajority(long[] counts, int grade) {
        long total = sum(counts);
        long better = 0;
        for (int rank = 0; rank < grade; rank++) {
            better += counts[rank];
        }
        long low = 0;
        long high = counts[grade];
        while (low < high) {
            long middle = (low + high + 1) / 2;
            long median = (total - middle) / 2;
            if (total - middle > 0 && better <= median && median < better + counts[grade] - middle) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }
}
