package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.store.Handle;
import org.tresse.testkit.store.StoreTest;

/**
 * A secret ballot's stored rows cannot be joined back to voters: not by a person id, not by a
 * time, not by a key computable without the ballot key; and after close, not even with it.
 */
@Tag(StoreTest.TAG)
class SecretBallotPropertiesTest {
    private PollFixture fixture;

    @BeforeProperty
    void start() {
        fixture = new PollFixture();
    }

    @AfterProperty
    void stop() {
        fixture.close();
    }

    @Property(tries = 40)
    void a_secret_ballot_cannot_be_joined_back_to_voters(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 3) Integer> firstChoices,
            @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 24) Integer> changers) {
        Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B", "C", "D"), PollFixture.secret());
        Map<Long, Integer> finalChoice = new HashMap<>();
        List<Long> persons = new ArrayList<>();
        for (int index = 0; index < firstChoices.size(); index++) {
            long person = fixture.member("p" + poll.id() + "-" + index);
            persons.add(person);
            int choice = firstChoices.get(index);
            vote(poll, person, choice);
            finalChoice.put(person, choice);
        }
        for (int changer : changers) {
            if (changer < persons.size()) {
                long person = persons.get(changer);
                int choice = (finalChoice.get(person) + 1) % 4;
                vote(poll, person, choice);
                finalChoice.put(person, choice);
            }
        }
        fixture.database.useTransaction(handle -> {
            List<Map<String, Object>> rows = rows(handle, "select * from ballot where poll_id = " + poll.id());
            assertThat(rows).hasSize(persons.size());
            Set<String> guessable = new HashSet<>();
            for (long person : persons) {
                guessable.add("p" + person);
                guessable.add(String.valueOf(person));
                guessable.add(SecretBallotKey.of("another key, not the one in use!".getBytes()).voterKey(poll.id(), person));
                guessable.add(fixture.key.voterKey(poll.id(), person)); // ballot.key itself seals no row: the poll's own key does
            }
            for (Map<String, Object> row : rows) {
                assertThat(row.get("PERSON_ID")).isNull();
                assertThat(row.get("CAST_AT")).isNull();
                assertThat(guessable).doesNotContain((String) row.get("VOTER_KEY"));
                assertThat((String) row.get("ANSWER")).doesNotMatch("[0-9,]*").hasSizeGreaterThan(20);
            }
            assertThat(fixture.polls.voted(handle, poll, persons)).containsExactlyInAnyOrderElementsOf(persons);
            // within a quarter of an hour of the opening, a secret tally shows nothing yet
            assertThat(fixture.polls.result(handle, poll).voters()).isZero();
        });
        CountResult counted = fixture.database.inTransaction(handle -> (CountResult) fixture.polls.close(handle, poll).orElseThrow().result());
        assertThat(counted.voters()).isEqualTo(persons.size());
        for (int option = 0; option < 4; option++) {
            int expected = option;
            assertThat(counted.counts().get(option)).isEqualTo((int) finalChoice.values().stream().filter(c -> c == expected).count());
        }
        fixture.database.useTransaction(handle -> {
            Poll closed = fixture.polls.find(handle, poll.id()).orElseThrow();
            Set<String> keysWithTheRealKey = new HashSet<>();
            for (long person : persons) {
                keysWithTheRealKey.add(fixture.key.voterKey(poll.id(), person));
            }
            List<Map<String, Object>> rows = rows(handle, "select * from ballot where poll_id = " + poll.id());
            List<String> answers = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                assertThat(row.get("PERSON_ID")).isNull();
                assertThat(keysWithTheRealKey).doesNotContain((String) row.get("VOTER_KEY"));
                answers.add((String) row.get("ANSWER"));
            }
            assertThat(answers).containsExactlyInAnyOrderElementsOf(
                    finalChoice.values().stream().map(choice -> String.valueOf(choice)).toList());
            assertThat(fixture.polls.result(handle, closed).voters()).isEqualTo(persons.size());
        });
    }

    @Property(tries = 20)
    void sealing_the_same_choice_twice_never_gives_the_same_text(@ForAll @IntRange(min = 0, max = 3) int choice) {
        String voterKey = fixture.key.voterKey(1, 2);
        String first = fixture.key.seal(1, voterKey, String.valueOf(choice));
        String second = fixture.key.seal(1, voterKey, String.valueOf(choice));
        assertThat(first).isNotEqualTo(second);
        assertThat(fixture.key.open(1, voterKey, first)).isEqualTo(String.valueOf(choice));
    }

    private void vote(Poll poll, long person, int choice) {
        fixture.clock.advance(Duration.ofSeconds(1));
        fixture.database.useTransaction(handle -> fixture.polls.vote(handle, poll, person, true, Answer.Choice.of(choice)));
    }

    static List<Map<String, Object>> rows(Handle handle, String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = handle.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column).toUpperCase(), result.getObject(column));
                }
                rows.add(row);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
