package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 18: {@code ballot.key} changed while secret polls are open. Their ballots still open and
 * count, a vote can still be changed, a new poll's key is wrapped under the new key only, and the old
 * key is gone; refused with a clear reason (changing nothing) for bad input; stopped at every step as
 * a kill would stop it, the next start finishes it and nothing is lost.
 */
@StoreTest
class BallotKeyRotationTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    @TempDir
    Path root;

    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** An association's data directory with two open secret polls: A twice then B; B, A, A. */
    private final class Village {
        final Path data;
        PollFixture fixture;
        final Poll first;
        final Poll second;

        Village(String name) {
            data = root.resolve(name);
            restart();
            first = poll(0, 0, 1);
            second = poll(1, 0, 0);
        }

        void restart() {
            BallotKeyCheck.atStart(db.database(), data, java.time.Clock.fixed(java.time.Instant.parse("2024-03-02T09:00:00Z"), java.time.ZoneOffset.UTC));
            fixture = new PollFixture(db.database(), SecretBallotKey.inDirectory(data));
        }

        Poll poll(int... choices) {
            Poll poll = fixture.open(PollKind.SINGLE, List.of("A", "B"), PollFixture.secret());
            for (int index = 0; index < choices.length; index++) {
                vote(poll, index, choices[index]);
            }
            return poll;
        }

        boolean vote(Poll poll, int voter, int choice) {
            long person = fixture.member(data.getFileName() + "-" + poll.id() + "-" + voter);
            return db.database().inTransaction(handle -> fixture.polls.vote(handle, poll, person, true, Answer.Choice.of(choice)));
        }

        List<Integer> close(Poll poll) {
            return db.database().inTransaction(handle -> ((CountResult) fixture.polls.close(handle, poll).orElseThrow().result())).counts();
        }

        byte[] masterBytes() throws Exception {
            return Files.readAllBytes(data.resolve("ballot.key"));
        }
    }

    @Test
    void after_the_change_open_polls_still_count_and_change_votes_and_a_new_poll_uses_the_new_key() throws Exception {
        Village village = new Village("tresse");
        byte[] before = village.masterBytes();
        SecretBallotKey old = SecretBallotKey.read(village.data).orElseThrow();

        BallotKeyRotation.Outcome outcome = BallotKeyRotation.rotate(db.database(), village.data);

        assertThat(outcome.rewrapped()).containsExactlyInAnyOrder(village.first.id(), village.second.id());
        assertThat(village.masterBytes()).isNotEqualTo(before);
        assertThat(Files.getPosixFilePermissions(village.data.resolve("ballot.key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(names(village.data)).containsExactlyInAnyOrder("ballot.key", "ballot-keys");
        byte[] wrapped = Files.readAllBytes(village.data.resolve("ballot-keys").resolve(village.first.id() + ".key"));
        assertThatThrownBy(() -> old.unwrap(village.first.id(), java.util.Base64.getDecoder().decode(new String(wrapped).strip())))
                .as("the old key (a copy of it in an old backup) no longer opens the poll keys").isInstanceOf(IllegalStateException.class);

        village.restart();
        assertThat(village.vote(village.first, 2, 0)).as("the third voter changes their vote: the same ballot is found").isTrue();
        Poll third = village.poll(1, 1);
        byte[] thirdKey = Files.readAllBytes(village.data.resolve("ballot-keys").resolve(third.id() + ".key"));
        SecretBallotKey now = SecretBallotKey.read(village.data).orElseThrow();
        now.unwrap(third.id(), java.util.Base64.getDecoder().decode(new String(thirdKey).strip()));
        assertThatThrownBy(() -> old.unwrap(third.id(), java.util.Base64.getDecoder().decode(new String(thirdKey).strip())))
                .isInstanceOf(IllegalStateException.class);

        assertThat(village.close(village.first)).containsExactly(3, 0);
        assertThat(village.close(village.second)).containsExactly(2, 1);
        assertThat(village.close(third)).containsExactly(0, 2);
    }

    @Test
    void a_missing_a_shared_or_a_short_key_is_refused_in_both_languages_and_nothing_changes() throws Exception {
        Village village = new Village("tresse");
        Path key = village.data.resolve("ballot.key");
        byte[] right = village.masterBytes();
        Map<String, Consumer<Path>> slips = Map.of(
                "cle.changement.absente", file -> run(() -> Files.delete(file)),
                "cle.changement.droits", file -> run(() -> Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"))),
                "cle.changement.abimee", file -> run(() -> Files.writeString(file, "c2hvcnQ=\n")));
        I18n texts = new I18n(Language.FR, List.of());
        for (Map.Entry<String, Consumer<Path>> slip : slips.entrySet()) {
            slip.getValue().accept(key);
            Map<String, String> before = contents(village.data);
            assertThatThrownBy(() -> BallotKeyRotation.rotate(db.database(), village.data)).isInstanceOfSatisfying(BallotKeyProblem.class,
                    problem -> {
                        assertThat(problem.key()).isEqualTo(slip.getKey());
                        String french = texts.texts(Language.FR).get(problem.key(), problem.arguments());
                        String english = texts.texts(Language.EN).get(problem.key(), problem.arguments());
                        assertThat(french).contains("ne peut pas être changée", key.toString()).contains("Rien n’a été changé");
                        assertThat(english).contains("cannot be changed", key.toString()).contains("Nothing was changed");
                        assertThat(french + english).doesNotContain(new String(right).strip());
                    });
            assertThat(contents(village.data)).as(slip.getKey() + ": nothing changed").isEqualTo(before);
            Files.deleteIfExists(key);
            Files.write(key, right);
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
        village.restart();
        assertThat(village.close(village.first)).containsExactly(2, 1);
    }

    @Test
    void stopped_at_any_step_the_next_start_finishes_the_change_and_no_vote_is_lost() throws Exception {
        List<String> steps = new ArrayList<>();
        Village rehearsal = new Village("rehearsal");
        BallotKeyRotation.rotate(db.database(), rehearsal.data, steps::add);
        rehearsal.close(rehearsal.first);
        rehearsal.close(rehearsal.second);
        assertThat(steps).hasSize(5);

        for (int stop = 0; stop < steps.size(); stop++) {
            Village village = new Village("stopped-" + stop);
            byte[] before = village.masterBytes();
            int at = stop;
            List<String> reached = new ArrayList<>();
            assertThatThrownBy(() -> BallotKeyRotation.rotate(db.database(), village.data, step -> {
                reached.add(step);
                if (reached.size() == at + 1) {
                    throw new Stopped();
                }
            })).isInstanceOf(Stopped.class);
            assertThat(BallotKeyRotation.begun(village.data)).isTrue();

            village.restart(); // the start check finishes the change
            assertThat(BallotKeyRotation.begun(village.data)).isFalse();
            assertThat(names(village.data)).as("stopped after " + reached).containsExactlyInAnyOrder("ballot.key", "ballot-keys");
            assertThat(village.masterBytes()).isNotEqualTo(before);
            assertThat(village.vote(village.first, 0, 1)).isTrue();
            assertThat(village.close(village.first)).as("stopped after " + reached).containsExactly(1, 2);
            assertThat(village.close(village.second)).containsExactly(2, 1);
        }
    }

    @Test
    void stopped_while_the_new_key_was_being_written_it_starts_again_from_the_old_key() throws Exception {
        Village village = new Village("tresse");
        Files.createFile(village.data.resolve(BallotKeyRotation.NEXT), // created (as KeyFiles does), not yet written
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        BallotKeyRotation.rotate(db.database(), village.data);
        assertThat(names(village.data)).containsExactlyInAnyOrder("ballot.key", "ballot-keys");
        village.restart();
        assertThat(village.close(village.first)).containsExactly(2, 1);
    }

    private interface Io {
        void run() throws Exception;
    }

    private static void run(Io io) {
        try {
            io.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** Every file under the directory and what it holds (and its permissions). */
    private static Map<String, String> contents(Path directory) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.put(directory.relativize(file).toString(), Files.readString(file) + " "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
        return all;
    }
}
