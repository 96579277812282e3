package org.tresse.core.poll.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.Quorum;
import org.tresse.core.poll.Threshold;

/**
 * Counts ballots. Ballots come encoded ({@link Answer#encode()}) and grouped: identical ballots
 * are counted once with their weight, so a village of identical votes is tallied in no time.
 */
public final class Tally {
    /** Options of a proposal, in order. */
    public static final int POUR = 0;
    public static final int CONTRE = 1;
    public static final int ABSTENTION = 2;
    public static final int BLOCAGE = 3;

    private Tally() {}

    /** Groups identical encoded ballots: ballot to how many persons cast it. */
    public static Map<String, Integer> aggregate(Iterable<String> encodedBallots) {
        int expected = encodedBallots instanceof java.util.Collection<?> all ? all.size() : 1024;
        Map<String, Integer> grouped = new HashMap<>(Math.max(16, Math.min(expected, 1 << 20) * 4 / 3));
        for (String ballot : encodedBallots) {
            grouped.merge(ballot, 1, Integer::sum);
        }
        return grouped;
    }

    /**
     * The result of a poll of {@code kind} with {@code optionCount} options.
     *
     * @param ballots  encoded ballot to its weight, as {@link #aggregate} gives
     * @param eligible how many persons could vote, unknown for a public poll
     */
    public static PollResult count(PollKind kind, int optionCount, PollRules rules, Map<String, Integer> ballots, OptionalInt eligible) {
        int voters = 0;
        for (int weight : ballots.values()) {
            voters += weight;
        }
        Turnout turnout = turnout(voters, rules.quorum(), eligible);
        switch (kind) {
            case PROPOSAL:
                return proposal(ballots, rules, turnout);
            case SINGLE:
            case MULTIPLE:
                return counts(kind, optionCount, ballots, turnout);
            case RANKED:
                return Schulze.tally(optionCount, ballots, turnout);
            case JUDGMENT:
                return MajorityJudgment.tally(optionCount, ballots, turnout);
            case DATES:
                return dates(optionCount, ballots, turnout);
            default:
                throw new IllegalArgumentException("a consultation is counted by its answers");
        }
    }

    public static Turnout turnout(int voters, Optional<Quorum> quorum, OptionalInt eligible) {
        int required = 0;
        if (quorum.isPresent()) {
            Quorum rule = quorum.get();
            if (!rule.percent()) {
                required = rule.value();
            } else if (eligible.isPresent()) {
                required = rule.required(eligible.getAsInt());
            }
        }
        return new Turnout(voters, eligible, required);
    }

    static ProposalResult proposal(Map<String, Integer> ballots, PollRules rules, Turnout turnout) {
        int[] counts = new int[4];
        for (Map.Entry<String, Integer> ballot : ballots.entrySet()) {
            Encoded.addChoices(ballot.getKey(), counts, ballot.getValue());
        }
        int pour = counts[POUR];
        int contre = counts[CONTRE];
        Optional<Threshold> threshold = rules.threshold();
        boolean thresholdMet = threshold.map(rule -> rule.isMet(pour, pour + contre)).orElse(pour > contre);
        boolean blocked = rules.consent() && counts[BLOCAGE] > 0;
        boolean adopted = thresholdMet && turnout.quorumMet() && !blocked;
        return new ProposalResult(pour, contre, counts[ABSTENTION], counts[BLOCAGE], turnout, threshold, rules.consent(),
                thresholdMet, blocked, adopted);
    }

    /** Each encoded ballot holds one digit per date: 2 oui, 1 si besoin, 0 (or missing) non. */
    static DatesResult dates(int optionCount, Map<String, Integer> ballots, Turnout turnout) {
        int[][] counts = new int[optionCount][3];
        for (Map.Entry<String, Integer> ballot : ballots.entrySet()) {
            String encoded = ballot.getKey();
            for (int option = 0; option < optionCount; option++) {
                char code = option < encoded.length() ? encoded.charAt(option) : '0';
                counts[option][code == '2' ? 0 : code == '1' ? 1 : 2] += ballot.getValue();
            }
        }
        List<DatesResult.DateCount> dates = new ArrayList<>(optionCount);
        List<Integer> order = new ArrayList<>(optionCount);
        for (int option = 0; option < optionCount; option++) {
            dates.add(new DatesResult.DateCount(counts[option][0], counts[option][1], counts[option][2]));
            order.add(option);
        }
        order.sort((first, second) -> counts[first][0] != counts[second][0] ? Integer.compare(counts[second][0], counts[first][0])
                : counts[first][1] != counts[second][1] ? Integer.compare(counts[second][1], counts[first][1]) : Integer.compare(first, second));
        boolean anySuits = optionCount > 0 && counts[order.get(0)][0] + counts[order.get(0)][1] > 0;
        return new DatesResult(dates, order, anySuits ? OptionalInt.of(order.get(0)) : OptionalInt.empty(), turnout);
    }

    static CountResult counts(PollKind kind, int optionCount, Map<String, Integer> ballots, Turnout turnout) {
        int[] counts = new int[optionCount];
        for (Map.Entry<String, Integer> ballot : ballots.entrySet()) {
            Encoded.addChoices(ballot.getKey(), counts, ballot.getValue());
        }
        int best = 0;
        for (int count : counts) {
            best = Math.max(best, count);
        }
        List<Integer> leaders = new ArrayList<>();
        List<Integer> all = new ArrayList<>(optionCount);
        for (int option = 0; option < optionCount; option++) {
            all.add(counts[option]);
            if (best > 0 && counts[option] == best) {
                leaders.add(option);
            }
        }
        return new CountResult(all, leaders, turnout);
    }
}
