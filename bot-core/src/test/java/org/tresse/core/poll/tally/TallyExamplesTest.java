package org.tresse.core.poll.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;

/** Known elections, checked by hand. */
class TallyExamplesTest {

    @Test
    void schulze_wikipedia_example_elects_e() {
        // The 45-voter example of Wikipedia's "Schulze method": A=0 B=1 C=2 D=3 E=4; E wins, order E > A > C > B > D.
        List<String> ballots = new ArrayList<>();
        add(ballots, 5, "0>2>1>4>3");
        add(ballots, 5, "0>3>4>2>1");
        add(ballots, 8, "1>4>3>0>2");
        add(ballots, 3, "2>0>1>4>3");
        add(ballots, 7, "2>0>4>1>3");
        add(ballots, 2, "2>1>0>3>4");
        add(ballots, 7, "3>2>4>1>0");
        add(ballots, 8, "4>1>0>3>2");
        RankedResult result = (RankedResult) Tally.count(PollKind.RANKED, 5, PollRules.defaults(), Tally.aggregate(ballots), OptionalInt.empty());
        assertThat(result.winner()).hasValue(4);
        assertThat(result.order()).containsExactly(4, 0, 2, 1, 3);
        assertThat(result.pairwise()[0][1]).isEqualTo(20);
        assertThat(result.strongest()[4][3]).isEqualTo(31);
        assertThat(result.voters()).isEqualTo(45);
    }

    @Test
    void a_perfect_schulze_tie_is_broken_by_first_preferences_then_by_option_order() {
        List<String> cycle = new ArrayList<>();
        add(cycle, 1, "0>1>2");
        add(cycle, 1, "1>2>0");
        add(cycle, 1, "2>0>1");
        RankedResult even = (RankedResult) Tally.count(PollKind.RANKED, 3, PollRules.defaults(), Tally.aggregate(cycle), OptionalInt.empty());
        assertThat(even.schulzeWinners()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(even.winner()).hasValue(0);
        assertThat(even.tieBreak()).isEqualTo(TieBreak.OPTION_ORDER);

        List<String> twoTied = new ArrayList<>();
        add(twoTied, 1, "0>1");
        add(twoTied, 1, "1=2>0");
        add(twoTied, 1, "2>0>1");
        add(twoTied, 1, "1>0");
        RankedResult broken = (RankedResult) Tally.count(PollKind.RANKED, 3, PollRules.defaults(), Tally.aggregate(twoTied), OptionalInt.empty());
        if (broken.schulzeWinners().size() > 1) {
            assertThat(broken.tieBreak()).isIn(TieBreak.FIRST_PREFERENCES, TieBreak.OPTION_ORDER);
        }
    }

    @Test
    void majority_judgment_ties_are_broken_by_the_usual_rule() {
        // Both options have the majority grade Bien; A has more grades above it than below.
        List<String> ballots = new ArrayList<>();
        add(ballots, 2, "12");
        add(ballots, 3, "22");
        add(ballots, 2, "42");
        add(ballots, 1, "03");
        JudgmentResult result = (JudgmentResult) Tally.count(PollKind.JUDGMENT, 2, PollRules.defaults(), Tally.aggregate(ballots), OptionalInt.empty());
        assertThat(result.majorityGrades()).containsExactly(Grade.BIEN, Grade.BIEN);
        assertThat(result.tieBreak()).isEqualTo(TieBreak.MAJORITY_VALUE);
        assertThat(result.winner()).hasValue(0);
    }

    @Test
    void an_ungraded_option_counts_as_a_rejeter() {
        List<String> ballots = List.of("0-", "0-", "1-");
        JudgmentResult result = (JudgmentResult) Tally.count(PollKind.JUDGMENT, 2, PollRules.defaults(), Tally.aggregate(ballots), OptionalInt.empty());
        assertThat(result.majorityGrades()).containsExactly(Grade.EXCELLENT, Grade.A_REJETER);
        assertThat(result.gradeCounts()[1][Grade.A_REJETER.rank()]).isEqualTo(3);
    }

    @Test
    void a_single_choice_tie_is_reported_as_a_tie() {
        CountResult result = (CountResult) Tally.count(PollKind.SINGLE, 3, PollRules.defaults(),
                Tally.aggregate(List.of("0", "1", "0", "1", "2")), OptionalInt.empty());
        assertThat(result.tied()).isTrue();
        assertThat(result.leaders()).containsExactly(0, 1);
        assertThat(result.counts()).containsExactly(2, 2, 1);
    }

    private static void add(List<String> ballots, int times, String ballot) {
        ballots.addAll(Collections.nCopies(times, ballot));
    }
}
