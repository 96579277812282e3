package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tresse.core.engine.UserError;

class AnswerParserTest {

    @Test
    void an_option_by_number_or_by_text_ignoring_case_and_accents() {
        Poll poll = poll(PollKind.SINGLE, 1, "Crêpes", "Galettes", "Soupe à l’oignon");
        assertThat(parse(poll, "2")).isEqualTo(Answer.Choice.of(1));
        assertThat(parse(poll, "CREPES")).isEqualTo(Answer.Choice.of(0));
        assertThat(parse(poll, "soupe", "a", "l'oignon")).isEqualTo(Answer.Choice.of(2));
        assertThat(parse(poll, "gal")).isEqualTo(Answer.Choice.of(1));
        assertRefused(poll, "vote.option.hors.limites", "4");
        assertRefused(poll, "vote.option.inconnue", "pizza");
        assertRefused(poll, "vote.un.seul.choix", "1", "2");
    }

    @Test
    void a_proposal_takes_french_or_english_words() {
        Poll poll = poll(PollKind.PROPOSAL, 1, "Pour", "Contre", "Abstention", "Blocage");
        assertThat(parse(poll, "pour")).isEqualTo(Answer.Choice.of(0));
        assertThat(parse(poll, "against")).isEqualTo(Answer.Choice.of(1));
        assertThat(parse(poll, "je", "m’abstiens")).isEqualTo(Answer.Choice.of(2));
        assertThat(parse(poll, "Blocage")).isEqualTo(Answer.Choice.of(3));
        Poll withoutConsent = poll(PollKind.PROPOSAL, 1, "Pour", "Contre", "Abstention");
        assertRefused(withoutConsent, "vote.option.inconnue", "blocage");
    }

    @Test
    void several_options_up_to_the_maximum() {
        Poll poll = poll(PollKind.MULTIPLE, 2, "Lundi", "Mardi", "Jeudi");
        assertThat(parse(poll, "1", "3")).isEqualTo(Answer.Choice.of(0, 2));
        assertThat(parse(poll, "mardi,jeudi")).isEqualTo(Answer.Choice.of(1, 2));
        assertRefused(poll, "vote.trop.de.choix", "1", "2", "3");
        assertRefused(poll, "vote.option.deux.fois", "1", "lundi");
    }

    @Test
    void a_ranking_with_ties_and_no_repeats() {
        Poll poll = poll(PollKind.RANKED, 1, "A", "B", "C", "D");
        assertThat(parse(poll, "B>A>C")).isEqualTo(new Answer.Ranking(List.of(List.of(1), List.of(0), List.of(2))));
        assertThat(parse(poll, "b", ">", "a=d")).isEqualTo(new Answer.Ranking(List.of(List.of(1), List.of(0, 3))));
        assertThat(parse(poll, "3", "1")).isEqualTo(new Answer.Ranking(List.of(List.of(2), List.of(0))));
        assertRefused(poll, "vote.option.deux.fois", "A>B>A");
        assertRefused(poll, "vote.classement.format", "A>>B");
    }

    @Test
    void grades_for_a_majority_judgment() {
        Poll poll = poll(PollKind.JUDGMENT, 1, "Projet A", "Projet B", "C");
        Answer.Grades grades = (Answer.Grades) parse(poll, "1=très", "bien", "Projet", "B=passable", "C=à", "rejeter");
        assertThat(grades.grades()).containsExactly(Grade.TRES_BIEN, Grade.PASSABLE, Grade.A_REJETER);
        Answer.Grades partial = (Answer.Grades) parse(poll, "C=TB");
        assertThat(partial.grades()).containsExactly(null, null, Grade.TRES_BIEN);
        assertThat(partial.encode()).isEqualTo("--1");
        assertRefused(poll, "vote.note.inconnue", "1=génial");
        assertRefused(poll, "vote.jugement.format", "bien");
        assertRefused(poll, "vote.option.deux.fois", "1=bien", "1=passable");
    }

    @Test
    void native_answers_are_option_numbers_from_one() {
        Poll single = poll(PollKind.SINGLE, 1, "A", "B");
        AnswerParser parser = new AnswerParser(single, "1. A, 2. B");
        assertThat(parser.fromChoices(List.of(2))).isEqualTo(Answer.Choice.of(1));
        assertThatThrownBy(() -> parser.fromChoices(List.of(3))).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> new AnswerParser(poll(PollKind.JUDGMENT, 1, "A", "B"), "").fromChoices(List.of(1)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("vote.natif.impossible");
    }

    private static Answer parse(Poll poll, String... words) {
        return new AnswerParser(poll, "options").parse(Arrays.asList(words));
    }

    private static void assertRefused(Poll poll, String key, String... words) {
        assertThatThrownBy(() -> parse(poll, words)).isInstanceOf(UserError.class).extracting("key").isEqualTo(key);
    }

    static Poll poll(PollKind kind, int max, String... options) {
        PollRules rules = new PollRules(false, false, false, max, Optional.empty(), Optional.empty(), Optional.empty());
        return new Poll(4, "Q ?", kind, List.of(options), Audience.members(), rules, Optional.empty(), 1, Instant.EPOCH,
                Optional.empty(), PollFixture.CONSOLE, OptionalInt.empty(), Optional.empty());
    }
}
