package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.engine.UserError;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.store.CoreDatabase;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.LockWaits;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 12, items 1 and 5: the keys of secret ballots live in the data directory, outside the
 * database; a poll's own key is destroyed at close; a missing, damaged or wrong key is found at
 * start (and Tresse refuses to start) instead of being silently replaced.
 */
@StoreTest
class BallotKeyCheckTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    @TempDir
    Path data;

    private Database database;
    private PollFixture fixture;

    @BeforeEach
    void open() {
        database = db.database();
        restart();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** As after a restart: nothing kept in memory, keys read from the files again. */
    private void restart() {
        fixture = new PollFixture(database, SecretBallotKey.inDirectory(data));
    }

    private void check() {
        BallotKeyCheck.atStart(database, data, fixture.clock);
    }

    private Poll secretPollWithVotes(int votes) {
        Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B"), PollFixture.secret());
        for (int voter = 0; voter < votes; voter++) {
            long person = fixture.member("voter" + poll.id() + "-" + voter);
            database.useTransaction(handle -> fixture.polls.vote(handle, poll, person, true, Answer.Choice.of(0)));
        }
        return poll;
    }

    private Path pollKey(Poll poll) {
        return data.resolve("ballot-keys").resolve(poll.id() + ".key");
    }

    @Test
    void the_first_start_creates_a_key_only_its_owner_can_read() throws Exception {
        check();
        assertThat(Files.getPosixFilePermissions(data.resolve("ballot.key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Poll poll = secretPollWithVotes(1);
        assertThat(pollKey(poll)).exists();
        assertThat(Files.getPosixFilePermissions(data.resolve("ballot-keys"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void a_poll_key_is_destroyed_when_the_close_is_committed_and_a_leftover_one_at_start() throws Exception {
        check();
        Poll poll = secretPollWithVotes(2);
        byte[] kept = Files.readAllBytes(pollKey(poll));
        database.useTransaction(handle -> fixture.polls.close(handle, poll).orElseThrow());
        assertThat(pollKey(poll)).doesNotExist();

        Files.write(pollKey(poll), kept); // as if the process had died between the commit and the destruction
        restart();
        check();
        assertThat(pollKey(poll)).doesNotExist();
    }

    @Test
    void a_close_rolled_back_keeps_the_key() {
        check();
        Poll poll = secretPollWithVotes(2);
        assertThatThrownBy(() -> database.useTransaction(handle -> {
            fixture.polls.close(handle, poll).orElseThrow();
            throw new IllegalStateException("the transaction fails after the close");
        })).hasMessageContaining("fails after");
        assertThat(pollKey(poll)).exists();
        int voters = database.inTransaction(handle -> fixture.polls.close(handle, poll).orElseThrow().result().voters());
        assertThat(voters).isEqualTo(2);
    }

    @Test
    void a_missing_ballot_key_while_secret_polls_hold_votes_stops_the_start_and_is_never_replaced() throws Exception {
        check();
        Poll poll = secretPollWithVotes(2);
        byte[] backup = Files.readAllBytes(data.resolve("ballot.key"));
        Files.delete(data.resolve("ballot.key"));
        restart();
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BallotKeyProblem.class, problem -> {
            assertThat(problem.key()).isEqualTo("cle.absente");
            assertThat(problem.arguments()).containsExactly(data.resolve("ballot.key"), String.valueOf(poll.id()));
        });
        assertThat(data.resolve("ballot.key")).doesNotExist();
        long voter = fixture.member("voter" + poll.id() + "-0");
        assertThatThrownBy(() -> database.useTransaction(handle -> fixture.polls.vote(handle, poll, voter, true, Answer.Choice.of(1))))
                .isInstanceOf(RuntimeException.class);
        assertThat(data.resolve("ballot.key")).as("no new key made behind the volunteers' back").doesNotExist();

        Files.write(data.resolve("ballot.key"), backup);
        restart();
        check();
        boolean replaced = database.inTransaction(handle -> fixture.polls.vote(handle, poll, voter, true, Answer.Choice.of(1)));
        assertThat(replaced).as("the re-vote replaces the first ballot").isTrue();
        int voters = database.inTransaction(handle -> fixture.polls.close(handle, poll).orElseThrow().result().voters());
        assertThat(voters).isEqualTo(2);
    }

    @Test
    void a_damaged_or_replaced_ballot_key_stops_the_start() throws Exception {
        check();
        secretPollWithVotes(1);
        Files.writeString(data.resolve("ballot.key"), "not a key at all!\n");
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BallotKeyProblem.class,
                problem -> assertThat(problem.key()).isEqualTo("cle.abimee"));
        Files.writeString(data.resolve("ballot.key"), "c2hvcnQ=\n");
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BallotKeyProblem.class,
                problem -> assertThat(problem.key()).isEqualTo("cle.abimee"));
        Files.delete(data.resolve("ballot.key"));
        SecretBallotKey.create(data);
        restart();
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BallotKeyProblem.class,
                problem -> assertThat(problem.key()).isEqualTo("cle.autre"));
    }

    @Test
    void a_poll_key_lost_with_votes_stops_the_start() throws Exception {
        check();
        Poll voted = secretPollWithVotes(1);
        Files.delete(pollKey(voted));
        restart();
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BallotKeyProblem.class, problem -> {
            assertThat(problem.key()).isEqualTo("cle.sondage.perdue");
            assertThat(problem.arguments()[0]).isEqualTo(String.valueOf(voted.id()));
        });
        long someone = fixture.member("someone");
        assertThatThrownBy(() -> database.useTransaction(handle -> fixture.polls.vote(handle, voted, someone, true, Answer.Choice.of(0))))
                .isInstanceOfSatisfying(UserError.class, refusal -> assertThat(refusal.key()).isEqualTo("sondage.cle.perdue"));
        assertThat(pollKey(voted)).as("never a new key for a poll that holds votes").doesNotExist();
    }

    @Test
    void a_poll_key_lost_before_any_vote_is_renewed_at_start() throws Exception {
        check();
        Poll empty = secretPollWithVotes(0);
        Files.delete(pollKey(empty));
        restart();
        check();
        assertThat(pollKey(empty)).exists();
        long someone = fixture.member("someone");
        database.useTransaction(handle -> fixture.polls.vote(handle, empty, someone, true, Answer.Choice.of(0)));
        int voters = database.inTransaction(handle -> fixture.polls.close(handle, empty).orElseThrow().result().voters());
        assertThat(voters).isEqualTo(1);
    }

    @Test
    void a_key_of_no_poll_is_destroyed_once_old_enough() throws Exception {
        Files.createDirectories(data.resolve("ballot-keys"));
        Files.writeString(data.resolve("ballot-keys").resolve("999.key"), "AAAA\n");
        BallotKeyCheck.atStart(database, data, java.time.Clock.systemUTC());
        assertThat(data.resolve("ballot-keys/999.key")).as("maybe a poll being opened elsewhere").exists();
        Files.setLastModifiedTime(data.resolve("ballot-keys/999.key"), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        BallotKeyCheck.atStart(database, data, java.time.Clock.systemUTC());
        assertThat(data.resolve("ballot-keys/999.key")).doesNotExist();
    }

    @Test
    void a_poll_sealed_by_the_ballot_key_itself_still_counts_and_a_wrong_key_is_found() throws Exception {
        check();
        Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B"), PollFixture.secret());
        database.useTransaction(handle -> handle.update("update poll set ballot_key = null where id = ?", poll.id()));
        long voter = fixture.member("legacy");
        restart();
        database.useTransaction(handle -> fixture.polls.vote(handle, poll, voter, true, Answer.Choice.of(1)));
        check();
        byte[] right = Files.readAllBytes(data.resolve("ballot.key"));
        Files.delete(data.resolve("ballot.key"));
        SecretBallotKey.create(data);
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BallotKeyProblem.class,
                problem -> assertThat(problem.key()).isEqualTo("cle.autre"));
        Files.write(data.resolve("ballot.key"), right);
        restart();
        check();
        int voters = database.inTransaction(handle -> fixture.polls.close(handle, poll).orElseThrow().result().voters());
        assertThat(voters).isEqualTo(1);
    }

    @Test
    void a_vote_waits_for_a_close_in_progress_then_is_refused() {
        check();
        Poll poll = secretPollWithVotes(1);
        long late = fixture.member("late");
        CompletableFuture<Throwable> vote = new CompletableFuture<>();
        database.useTransaction(handle -> {
            fixture.polls.close(handle, poll).orElseThrow();
            Thread voting = new Thread(() -> {
                try {
                    database.useTransaction(other -> fixture.polls.vote(other, poll, late, true, Answer.Choice.of(0)));
                    vote.complete(null);
                } catch (Throwable refused) {
                    vote.complete(refused);
                }
            });
            voting.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> vote.isDone()
                    || database.inTransaction(other -> LockWaits.count(other.connection())) > 0);
        });
        assertThat(vote.join()).isInstanceOfSatisfying(UserError.class, refusal -> assertThat(refusal.key()).isEqualTo("sondage.clos"));
        long ballots = database.inTransaction(handle -> handle.count("select count(*) from ballot where poll_id = ?", poll.id()));
        assertThat(ballots).isEqualTo(1);
    }
}
