package org.tresse.core.poll;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;

/**
 * At start, before any message: the keys of secret ballots are there and are the right ones, or
 * Tresse refuses to start ({@link BallotKeyProblem}) rather than lose or double votes. Creates
 * {@code ballot.key} on first start (or when no secret poll holds a vote); gives a new key to an
 * open secret poll that holds no vote yet and lost its key; destroys the keys of polls whose close
 * was committed when the process died.
 */
public final class BallotKeyCheck {
    private static final Logger log = LoggerFactory.getLogger(BallotKeyCheck.class);

    private BallotKeyCheck() {}

    /**
     * With {@code ballot.key} in {@code dataDirectory}, created if need be.
     *
     * @throws BallotKeyProblem with the reason, for people, when Tresse must not start
     */
    public static void atStart(Database database, Path dataDirectory, Clock clock) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        BallotKeyRotation.finish(database, directory);
        check(database, directory, open -> masterKey(directory, open), clock);
    }

    /**
     * With a master key given otherwise ({@link SecretBallotKey#of(byte[], Path)}: from the
     * environment, shared by several instances with their poll keys in one shared directory).
     *
     * @throws BallotKeyProblem with the reason, for people, when Tresse must not start
     */
    public static void atStart(Database database, SecretBallotKey master, Clock clock) {
        check(database, master.directory().orElse(Path.of(".")), open -> master, clock);
    }

    private static void check(Database database, Path dataDirectory, Function<List<PollStore.SecretPoll>, SecretBallotKey> masterKey,
                              Clock clock) {
        PollStore store = new PollStore();
        database.useTransaction(handle -> {
            List<PollStore.SecretPoll> open = store.openSecretBallots(handle);
            SecretBallotKey master = masterKey.apply(open);
            BallotKeyring keyring = BallotKeyring.of(master);
            List<Long> lost = new ArrayList<>();
            List<Long> wrongKey = new ArrayList<>();
            List<Long> renew = new ArrayList<>();
            for (PollStore.SecretPoll poll : open) {
                if (poll.ballotKey() == null) {
                    if (poll.ballots() > 0 && !opensOneBallot(handle, master, poll.id())) {
                        wrongKey.add(poll.id());
                    }
                } else if (keyring.read(poll.id(), poll.ballotKey()).isEmpty()) {
                    (poll.ballots() == 0 ? renew : keyring.keeps(poll.id()) ? wrongKey : lost).add(poll.id());
                }
            }
            if (!wrongKey.isEmpty()) {
                throw new BallotKeyProblem("cle.autre", master.directory().orElse(dataDirectory).resolve(SecretBallotKey.FILE_NAME),
                        numbers(wrongKey));
            }
            if (!lost.isEmpty()) {
                throw new BallotKeyProblem("cle.sondage.perdue", numbers(lost),
                        master.directory().orElse(dataDirectory).resolve(BallotKeyring.DIRECTORY));
            }
            for (long pollId : renew) {
                store.setBallotKey(handle, pollId, keyring.create(pollId));
                log.warn("Secret poll {} had lost its key but holds no vote yet: it has a new one", pollId);
            }
            Set<Long> openIds = open.stream().map(PollStore.SecretPoll::id).collect(Collectors.toCollection(HashSet::new));
            List<Long> destroyed = keyring.sweep(openIds, id -> store.exists(handle, id), clock.instant());
            if (!destroyed.isEmpty()) {
                log.info("Destroyed the keys of closed secret polls {}", destroyed);
            }
        });
    }

    /** {@code ballot.key}, created if there is none and no open secret poll needs it. */
    private static SecretBallotKey masterKey(Path dataDirectory, List<PollStore.SecretPoll> open) {
        Optional<SecretBallotKey> existing = SecretBallotKey.read(dataDirectory);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Long> needing = open.stream().filter(poll -> poll.ballots() > 0).map(PollStore.SecretPoll::id).toList();
        if (!needing.isEmpty()) {
            throw new BallotKeyProblem("cle.absente", dataDirectory.resolve(SecretBallotKey.FILE_NAME), numbers(needing));
        }
        return SecretBallotKey.create(dataDirectory);
    }

    /** A ballot sealed by {@code ballot.key} itself (before polls had keys of their own) opens with it. */
    private static boolean opensOneBallot(Handle handle, SecretBallotKey master, long pollId) {
        return handle.one("select voter_key, answer from ballot where poll_id = ? fetch first 1 rows only", row -> {
            try {
                master.open(pollId, row.getString(1), row.getString(2));
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }, pollId).orElse(true);
    }

    private static String numbers(List<Long> polls) {
        return polls.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
