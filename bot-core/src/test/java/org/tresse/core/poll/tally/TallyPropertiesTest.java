package org.tresse.core.poll.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.Quorum;
import org.tresse.core.poll.Threshold;

class TallyPropertiesTest {

    @Property
    void schulze_elects_the_condorcet_winner_when_there_is_one(@ForAll("rankings") List<List<Integer>> ballots,
            @ForAll @IntRange(min = 2, max = 6) int optionCount) {
        List<String> encoded = new ArrayList<>();
        for (List<Integer> ballot : ballots) {
            encoded.add(ranking(ballot, optionCount).encode());
        }
        RankedResult result = (RankedResult) Tally.count(PollKind.RANKED, optionCount, PollRules.defaults(),
                Tally.aggregate(encoded), OptionalInt.empty());
        Optional<Integer> condorcet = condorcetWinner(encoded, optionCount);
        condorcet.ifPresent(winner -> {
            assertThat(result.winner()).hasValue(winner);
            assertThat(result.schulzeWinners()).containsExactly(winner);
            assertThat(result.tieBreak()).isEqualTo(TieBreak.NONE);
        });
        assertThat(result.order()).hasSize(optionCount).doesNotHaveDuplicates();
        assertThat(result.voters()).isEqualTo(ballots.size());
        for (int first = 0; first < optionCount; first++) {
            for (int second = 0; second < optionCount; second++) {
                assertThat(result.pairwise()[first][second] + result.pairwise()[second][first]).isLessThanOrEqualTo(ballots.size());
            }
        }
        if (!ballots.isEmpty()) {
            assertThat(result.schulzeWinners()).contains(result.winner().getAsInt());
        }
    }

    @Property
    void schulze_does_not_depend_on_the_order_ballots_arrive_in(@ForAll("rankings") List<List<Integer>> ballots, @ForAll long seed) {
        List<String> encoded = new ArrayList<>();
        for (List<Integer> ballot : ballots) {
            encoded.add(ranking(ballot, 5).encode());
        }
        RankedResult first = (RankedResult) Tally.count(PollKind.RANKED, 5, PollRules.defaults(), Tally.aggregate(encoded), OptionalInt.empty());
        Collections.shuffle(encoded, new Random(seed));
        RankedResult second = (RankedResult) Tally.count(PollKind.RANKED, 5, PollRules.defaults(), Tally.aggregate(encoded), OptionalInt.empty());
        assertThat(second.order()).isEqualTo(first.order());
        assertThat(second.winner()).isEqualTo(first.winner());
        assertThat(second.tieBreak()).isEqualTo(first.tieBreak());
    }

    @Property
    void majority_judgment_over_one_option_gives_its_median_grade(@ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 6) Integer> grades) {
        List<String> encoded = grades.stream().map(rank -> String.valueOf((char) ('0' + rank))).toList();
        JudgmentResult result = (JudgmentResult) Tally.count(PollKind.JUDGMENT, 1, PollRules.defaults(), Tally.aggregate(encoded),
                OptionalInt.empty());
        List<Integer> sorted = new ArrayList<>(grades);
        Collections.sort(sorted);
        int lowerMedian = sorted.get(sorted.size() / 2);
        assertThat(result.majorityGrades()).containsExactly(Grade.ofRank(lowerMedian));
        assertThat(result.winner()).hasValue(0);
    }

    @Property
    void majority_judgment_winner_has_the_best_majority_grade(@ForAll("judgments") List<String> ballots) {
        JudgmentResult result = (JudgmentResult) Tally.count(PollKind.JUDGMENT, 4, PollRules.defaults(), Tally.aggregate(ballots),
                OptionalInt.empty());
        int best = result.majorityGrades().stream().mapToInt(Grade::rank).min().orElseThrow();
        if (!ballots.isEmpty()) {
            assertThat(result.majorityGrades().get(result.winner().getAsInt()).rank()).isEqualTo(best);
        }
        for (long[] counts : result.gradeCounts()) {
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            assertThat(total).isEqualTo(ballots.size());
        }
        assertThat(result.voters()).isEqualTo(ballots.size());
    }

    @Property
    void single_choice_totals_equal_the_number_of_voters(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 4) Integer> choices) {
        List<String> encoded = choices.stream().map(choice -> Answer.Choice.of(choice).encode()).toList();
        CountResult result = (CountResult) Tally.count(PollKind.SINGLE, 5, PollRules.defaults(), Tally.aggregate(encoded), OptionalInt.empty());
        assertThat(result.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(choices.size());
        assertThat(result.voters()).isEqualTo(choices.size());
        int most = result.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int leader : result.leaders()) {
            assertThat(result.counts().get(leader)).isEqualTo(most);
        }
        assertThat(result.leaders().isEmpty()).isEqualTo(choices.isEmpty());
    }

    @Property
    void multiple_choice_counts_each_option_once_per_voter(@ForAll("selections") List<List<Integer>> selections) {
        List<String> encoded = selections.stream().map(selection -> new Answer.Choice(selection).encode()).toList();
        CountResult result = (CountResult) Tally.count(PollKind.MULTIPLE, 6, PollRules.defaults(), Tally.aggregate(encoded), OptionalInt.empty());
        int chosen = selections.stream().mapToInt(selection -> (int) selection.stream().distinct().count()).sum();
        assertThat(result.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(chosen);
        assertThat(result.counts()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(selections.size()));
        assertThat(result.voters()).isEqualTo(selections.size());
    }

    @Property
    void a_proposal_is_adopted_exactly_when_its_rules_say_so(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 3) Integer> votes,
            @ForAll boolean consent, @ForAll boolean twoThirds, @ForAll @IntRange(min = 0, max = 40) int quorum) {
        List<String> encoded = votes.stream().map(vote -> Answer.Choice.of(vote).encode()).toList();
        PollRules rules = new PollRules(false, false, consent, 1, quorum == 0 ? Optional.empty() : Optional.of(new Quorum(quorum, false)),
                twoThirds ? Optional.of(new Threshold(2, 3)) : Optional.empty(), Optional.empty());
        ProposalResult result = (ProposalResult) Tally.count(PollKind.PROPOSAL, 4, rules, Tally.aggregate(encoded), OptionalInt.of(60));
        long pour = votes.stream().filter(vote -> vote == 0).count();
        long contre = votes.stream().filter(vote -> vote == 1).count();
        long blocks = votes.stream().filter(vote -> vote == 3).count();
        boolean threshold = twoThirds ? pour + contre > 0 && 3 * pour >= 2 * (pour + contre) : pour > contre;
        boolean expected = threshold && votes.size() >= quorum && !(consent && blocks > 0);
        assertThat(result.adopted()).isEqualTo(expected);
        assertThat(result.pour() + result.contre() + result.abstention() + result.blocage()).isEqualTo(votes.size());
        assertThat(result.voters()).isEqualTo(votes.size());
    }

    @Property
    void the_fast_majority_judgment_tie_break_agrees_with_removing_one_grade_at_a_time(
            @ForAll @Size(value = 7) List<@IntRange(min = 0, max = 40) Integer> first,
            @ForAll @Size(value = 7) List<@IntRange(min = 0, max = 40) Integer> second) {
        long[] left = first.stream().mapToLong(Integer::longValue).toArray();
        long[] right = second.stream().mapToLong(Integer::longValue).toArray();
        long difference = java.util.Arrays.stream(left).sum() - java.util.Arrays.stream(right).sum();
        right[6] += Math.max(0, difference);
        left[6] += Math.max(0, -difference);
        assertThat(Integer.signum(MajorityJudgment.compare(left, right))).isEqualTo(Integer.signum(naiveCompare(left, right)));
    }

    private static int naiveCompare(long[] first, long[] second) {
        long[] left = first.clone();
        long[] right = second.clone();
        while (java.util.Arrays.stream(left).sum() > 0) {
            int leftGrade = MajorityJudgment.majorityGrade(left);
            int rightGrade = MajorityJudgment.majorityGrade(right);
            if (leftGrade != rightGrade) {
                return Integer.compare(leftGrade, rightGrade);
            }
            left[leftGrade]--;
            right[rightGrade]--;
        }
        return 0;
    }

    @Provide
    Arbitrary<List<List<Integer>>> rankings() {
        Arbitrary<List<Integer>> one = Arbitraries.integers().between(0, 5).list().uniqueElements().ofMinSize(1).ofMaxSize(6);
        return one.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<String>> judgments() {
        Arbitrary<String> grade = Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '-').map(String::valueOf);
        Arbitrary<String> ballot = Combinators.combine(grade, grade, grade, grade).as((a, b, c, d) -> a + b + c + d);
        return ballot.list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<List<Integer>>> selections() {
        return Arbitraries.integers().between(0, 5).list().ofMaxSize(6).list().ofMaxSize(60);
    }

    /** A ranking of the options of {@code ballot} that exist among {@code optionCount}, in order. */
    private static Answer.Ranking ranking(List<Integer> ballot, int optionCount) {
        List<List<Integer>> ranks = new ArrayList<>();
        for (int option : ballot) {
            if (option < optionCount) {
                ranks.add(List.of(option));
            }
        }
        return new Answer.Ranking(ranks);
    }

    /** The option that a majority prefers to each other option, computed naively. */
    private static Optional<Integer> condorcetWinner(List<String> encoded, int optionCount) {
        int[][] prefer = new int[optionCount][optionCount];
        for (String ballot : encoded) {
            int[] rank = ((Answer.Ranking) Answer.decode(PollKind.RANKED, ballot)).rankOf(optionCount);
            for (int first = 0; first < optionCount; first++) {
                for (int second = 0; second < optionCount; second++) {
                    if (rank[first] < rank[second]) {
                        prefer[first][second]++;
                    }
                }
            }
        }
        for (int candidate = 0; candidate < optionCount; candidate++) {
            boolean beatsAll = true;
            for (int other = 0; other < optionCount; other++) {
                if (other != candidate && prefer[candidate][other] <= prefer[other][candidate]) {
                    beatsAll = false;
                }
            }
            if (beatsAll) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
