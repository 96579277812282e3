package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tresse.core.decision.Decision;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class PollsTest {
    private final PollFixture fixture = new PollFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void the_latest_vote_of_a_person_counts() {
        Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B"), PollRules.defaults());
        long ana = fixture.member("ana");
        boolean replaced = fixture.database.inTransaction(handle -> {
            fixture.polls.vote(handle, poll, ana, true, Answer.Choice.of(0));
            return fixture.polls.vote(handle, poll, ana, true, Answer.Choice.of(1));
        });
        assertThat(replaced).isTrue();
        CountResult result = fixture.database.inTransaction(handle -> (CountResult) fixture.polls.result(handle, poll));
        assertThat(result.counts()).containsExactly(0, 1);
    }

    @Test
    void merging_two_persons_keeps_the_latest_vote_open_or_secret() {
        for (PollRules rules : List.of(PollRules.defaults(), PollFixture.secret())) {
            Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B", "C"), rules);
            long first = fixture.member("first" + poll.id());
            long second = fixture.member("second" + poll.id());
            fixture.database.useTransaction(handle -> fixture.polls.vote(handle, poll, first, true, Answer.Choice.of(0)));
            fixture.clock.advance(Duration.ofMinutes(1));
            fixture.database.useTransaction(handle -> fixture.polls.vote(handle, poll, second, true, Answer.Choice.of(2)));
            fixture.database.useTransaction(handle -> fixture.core.people().merge(handle, second, first));
            fixture.database.useTransaction(handle -> {
                assertThat(fixture.polls.currentVote(handle, poll, first)).contains(Answer.Choice.of(2));
                CountResult result = (CountResult) fixture.polls.close(handle, poll).orElseThrow().result();
                assertThat(result.voters()).as("secret %s", rules.secret()).isEqualTo(1);
                assertThat(result.counts()).containsExactly(0, 0, 1);
            });
        }
    }

    @Test
    void a_closed_proposal_records_its_decision() {
        PollRules rules = new PollRules(false, false, true, 1, Optional.of(new Quorum(2, false)), Optional.empty(), Optional.empty());
        Poll poll = fixture.open(PollKind.PROPOSAL, List.of(), rules);
        assertThat(poll.options()).containsExactly("Pour", "Contre", "Abstention", "Blocage");
        long ana = fixture.member("ana");
        long bob = fixture.member("bob");
        ClosedPoll closed = fixture.database.inTransaction(handle -> {
            fixture.polls.vote(handle, poll, ana, true, Answer.Choice.of(0));
            fixture.polls.vote(handle, poll, bob, true, Answer.Choice.of(2));
            return fixture.polls.close(handle, poll).orElseThrow();
        });
        ProposalResult result = (ProposalResult) closed.result();
        assertThat(result.adopted()).isTrue();
        assertThat(result.turnout().eligible()).hasValue(3);
        Decision decision = closed.decision().orElseThrow();
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.ADOPTED);
        assertThat(decision.pollVote().orElseThrow().voters()).isEqualTo(2);
        assertThat(decision.pollVote().orElseThrow().quorumMet()).isTrue();
        assertThat(closed.poll().decisionId()).contains(decision.id());
        Optional<ClosedPoll> again = fixture.database.inTransaction(handle -> fixture.polls.close(handle, poll));
        assertThat(again).isEmpty();
    }

    @Test
    void a_cancelled_poll_counted_in_a_room_keeps_no_room_count_and_shows_none() {
        Poll poll = fixture.open(PollKind.PROPOSAL, List.of(), PollRules.defaults());
        long ana = fixture.member("ana");
        RoomCounts rooms = new RoomCounts(fixture.clock);
        fixture.database.useTransaction(handle -> {
            fixture.polls.vote(handle, poll, ana, true, Answer.Choice.of(0));
            List<Integer> hands = new ArrayList<>(java.util.Collections.nCopies(poll.options().size(), 0));
            hands.set(0, 5);
            hands.set(1, 1);
            rooms.count(handle, poll, hands, "meeting:1", ana);
        });
        int counted = fixture.database.inTransaction(handle -> fixture.polls.result(handle, poll).voters());
        assertThat(counted).isEqualTo(7);

        Poll cancelled = fixture.database.inTransaction(handle -> fixture.polls.cancel(handle, poll, ana, "posé par erreur").orElseThrow());
        fixture.database.useTransaction(handle -> {
            assertThat(handle.count("select count(*) from poll_room_count where poll_id = " + poll.id())).as("discarded with the ballots").isZero();
            assertThat(fixture.polls.roomVotes(handle, cancelled)).isEmpty();
            assertThat(fixture.polls.result(handle, cancelled).voters()).isZero();
            assertThat(rooms.countedIn(handle, "meeting:1")).isEmpty();
        });

        // a count an earlier version kept for a poll it cancelled is not shown either
        Poll other = fixture.open(PollKind.PROPOSAL, List.of(), PollRules.defaults());
        Poll old = fixture.database.inTransaction(handle -> fixture.polls.cancel(handle, other, ana, "posé par erreur").orElseThrow());
        fixture.database.useTransaction(handle -> {
            handle.update("insert into poll_room_count (poll_id, counts, voters, source, entered_by, entered_at) "
                    + "values (?, ?, 3, 'meeting:1', ?, current_timestamp)", other.id(), "3" + ",0".repeat(other.options().size() - 1), ana);
            assertThat(fixture.polls.roomVotes(handle, old)).isEmpty();
            assertThat(fixture.polls.result(handle, old).voters()).isZero();
        });
    }

    @Test
    void bad_polls_are_refused_with_their_reason() {
        assertRefused(PollKind.SINGLE, List.of("seule"), PollRules.defaults(), "sondage.une.option");
        List<String> many = new ArrayList<>();
        for (int index = 1; index <= 21; index++) {
            many.add("option " + index);
        }
        assertRefused(PollKind.SINGLE, many, PollRules.defaults(), "sondage.trop.options");
        assertRefused(PollKind.SINGLE, List.of("Oui", "oui"), PollRules.defaults(), "sondage.option.double");
        assertRefused(PollKind.PROPOSAL, List.of("A", "B"), PollRules.defaults(), "sondage.proposition.sans.options");
        assertRefused(PollKind.SINGLE, List.of("A", "B"),
                new PollRules(false, false, false, 1, Optional.empty(), Optional.of(new Threshold(2, 3)), Optional.empty()),
                "sondage.seuil.seulement.proposition");
        assertRefused(PollKind.MULTIPLE, List.of("A", "B"),
                new PollRules(false, false, false, 3, Optional.empty(), Optional.empty(), Optional.empty()), "sondage.max.hors.limites");
        assertRefused(PollKind.SINGLE, List.of("A", "B"),
                new PollRules(false, false, false, 1, Optional.empty(), Optional.empty(), Optional.of(Duration.ofDays(5))),
                "sondage.rappel.trop.tard");
        long count = fixture.database.inTransaction(handle -> handle.count("select count(*) from poll"));
        assertThat(count).isZero();
    }

    @Test
    void an_ineligible_person_is_refused_and_nothing_is_recorded() {
        Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B"), PollRules.defaults());
        long resident = fixture.database.inTransaction(handle -> fixture.core.people()
                .resolve(handle, new org.tresse.core.message.Identity("console", "zoe"), "zoe").id());
        assertThatThrownBy(() -> fixture.database.useTransaction(handle ->
                fixture.polls.vote(handle, poll, resident, true, Answer.Choice.of(0))))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("vote.pas.membre");
        long member = fixture.member("ana");
        assertThatThrownBy(() -> fixture.database.useTransaction(handle ->
                fixture.polls.vote(handle, poll, member, false, Answer.Choice.of(0))))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("vote.non.verifie");
        int voters = fixture.database.inTransaction(handle -> fixture.polls.voterCount(handle, poll));
        assertThat(voters).isZero();
    }

    @Test
    void a_quorum_above_the_eligible_voters_is_a_warning_at_opening() {
        long author = fixture.member("author");
        OpenedPoll opened = fixture.database.inTransaction(handle -> fixture.polls.open(handle, new PollDraft("Q ?", PollKind.SINGLE,
                List.of("A", "B"), Audience.members(),
                new PollRules(false, false, false, 1, Optional.of(new Quorum(50, false)), Optional.empty(), Optional.empty()),
                Optional.empty(), author, PollFixture.CONSOLE)));
        assertThat(opened.quorumUnreachable()).isTrue();
        assertThat(opened.eligible()).hasValue(1);
    }

    private void assertRefused(PollKind kind, List<String> options, PollRules rules, String key) {
        long author = fixture.member("author");
        assertThatThrownBy(() -> fixture.database.useTransaction(handle -> fixture.polls.open(handle, new PollDraft("Q ?", kind, options,
                Audience.members(), rules, Optional.of(fixture.clock.instant().plus(Duration.ofDays(2))), author, PollFixture.CONSOLE))))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo(key);
    }
}
