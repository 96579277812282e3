package org.tresse.core.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.poll.internal.MasterKeyFile;
import org.tresse.core.poll.internal.PollKeyFiles;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.secret.KeyFiles;
import org.tresse.core.store.Database;

/**
 * Changes {@code ballot.key} (Tresse stopped) so that every secret ballot still opens: each open
 * secret poll's own key is wrapped again under the new master, the ballots themselves stay as they
 * are (sealed under their poll's key), new polls' keys are wrapped under the new master, and the old
 * master is destroyed (overwritten) last. Nothing needs the old key afterwards.
 *
 * <p>It can be stopped at any point: the new master is {@code ballot.key.nouvelle} until every poll
 * key is wrapped under it, each poll key file is replaced whole, the old master is moved aside
 * ({@code ballot.key.ancienne}) before the new one takes its name. {@link #finish} (run by the start
 * check and by the command run again) completes a change it finds begun. Refused, changing nothing:
 * no {@code ballot.key}, a key others may read or too short, a poll key that does not open, and an
 * open secret poll with votes sealed by {@code ballot.key} itself (made before polls had keys of their
 * own), which cannot be moved to another key.
 */
public final class BallotKeyRotation {
    /** The new master while the change runs. */
    public static final String NEXT = SecretBallotKey.FILE_NAME + ".nouvelle";
    /** The old master, between its retirement and its destruction. */
    public static final String PREVIOUS = SecretBallotKey.FILE_NAME + ".ancienne";
    private static final Logger log = LoggerFactory.getLogger(BallotKeyRotation.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    /** Where the change stands, for a test that stops it at each step as a kill would. */
    interface Steps {
        void reached(String step);
    }

    /**
     * What was done.
     *
     * @param rewrapped the open polls whose key is now wrapped under the new master
     * @param resumed   whether a change begun earlier (and stopped) was completed
     */
    public record Outcome(List<Long> rewrapped, boolean resumed) {}

    private BallotKeyRotation() {}

    /** Whether a change of the key was begun in {@code directory} and not finished. */
    public static boolean begun(Path directory) {
        return Files.exists(directory.resolve(NEXT)) || Files.exists(directory.resolve(PREVIOUS));
    }

    /**
     * Changes the key in {@code directory}, or completes a change begun there.
     *
     * @throws BallotKeyProblem why it was refused, nothing changed: {@code cle.changement.} then {@code absente},
     *                          {@code droits}, {@code abimee}, {@code illisible}, {@code sondage.ancien}, {@code sondage.illisible}
     *                          or {@code incoherent}
     */
    public static Outcome rotate(Database database, Path directory) {
        return rotate(database, directory, step -> {});
    }

    /** Completes a change begun in {@code directory}, if any (at start, before the keys are checked). */
    public static void finish(Database database, Path directory) {
        if (begun(directory)) {
            rotate(database, directory);
            log.warn("A change of the secret ballot key had been stopped midway: it is finished; back up the new {}",
                    directory.resolve(SecretBallotKey.FILE_NAME));
        }
    }

    static Outcome rotate(Database database, Path directory, Steps steps) {
        Path current = directory.resolve(SecretBallotKey.FILE_NAME);
        Path next = directory.resolve(NEXT);
        Path previous = directory.resolve(PREVIOUS);
        boolean resumed = begun(directory);
        Path oldFile = Files.exists(current) && !(Files.exists(previous) && !Files.exists(next)) ? current : previous;
        if (Files.exists(current) && Files.exists(previous) && Files.exists(next)) {
            throw new BallotKeyProblem("cle.changement.incoherent", directory);
        }
        PollKeyFiles polls = new PollKeyFiles(directory.resolve(BallotKeyring.DIRECTORY));
        if (Files.exists(next) || !Files.exists(previous)) {
            SecretBallotKey old = readable(oldFile);
            Optional<SecretBallotKey> begunNext = Files.exists(next) ? whole(next) : Optional.empty();
            List<Long> toWrap = checked(database, polls, old, begunNext);
            if (begunNext.isEmpty()) {
                destroy(next); // stopped while it was being written: no poll key is wrapped under it (checked above)
            }
            SecretBallotKey fresh = begunNext.orElseGet(() -> SecretBallotKey.of(MasterKeyFile.create(next)));
            steps.reached("nouvelle");
            for (long pollId : toWrap) {
                polls.replace(pollId, fresh.wrap(pollId, old.unwrap(pollId, polls.read(pollId).orElseThrow())));
                steps.reached("sondage " + pollId);
            }
            move(current, previous, oldFile == current);
            steps.reached("ancienne");
            move(next, current, true);
            steps.reached("remplacee");
            log.info("The secret ballot key is changed: {} poll keys wrapped under the new one", toWrap.size());
            destroy(previous);
            return new Outcome(toWrap, resumed);
        }
        destroy(previous); // stopped after the new key took its name
        return new Outcome(List.of(), true);
    }

    /** The key in the file, if only its owner may read it and it is whole. */
    private static SecretBallotKey readable(Path file) {
        if (!Files.exists(file)) {
            throw new BallotKeyProblem("cle.changement.absente", file);
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new BallotKeyProblem("cle.changement.droits", file, java.nio.file.attribute.PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file's ACL is the volunteer's to check
        } catch (IOException e) {
            throw new BallotKeyProblem("cle.changement.illisible", file, e.getClass().getSimpleName());
        }
        try {
            return SecretBallotKey.of(MasterKeyFile.read(file).orElseThrow(() -> new BallotKeyProblem("cle.changement.absente", file)));
        } catch (BallotKeyProblem unreadable) {
            throw unreadable.key().startsWith("cle.changement.") ? unreadable
                    : new BallotKeyProblem(unreadable.key().replace("cle.", "cle.changement."), unreadable.arguments());
        }
    }

    /** The new master begun earlier; empty if the process died while writing it. */
    private static Optional<SecretBallotKey> whole(Path next) {
        try {
            return Optional.of(readable(next));
        } catch (BallotKeyProblem damaged) {
            if (!damaged.key().equals("cle.changement.abimee")) {
                throw damaged;
            }
            return Optional.empty();
        }
    }

    /** The poll keys still to wrap under the new master; refuses if any would be lost. */
    private static List<Long> checked(Database database, PollKeyFiles polls, SecretBallotKey old, Optional<SecretBallotKey> next) {
        List<PollStore.SecretPoll> open = database.inTransaction(handle -> new PollStore().openSecretBallots(handle));
        String sealedByMaster = open.stream().filter(poll -> poll.ballotKey() == null && poll.ballots() > 0)
                .map(poll -> String.valueOf(poll.id())).collect(Collectors.joining(", "));
        if (!sealedByMaster.isEmpty()) {
            throw new BallotKeyProblem("cle.changement.sondage.ancien", sealedByMaster);
        }
        List<Long> toWrap = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (var kept : polls.kept()) {
            byte[] wrapped = polls.read(kept.pollId()).orElseThrow();
            if (next.isPresent() && opens(next.get(), kept.pollId(), wrapped)) {
                continue; // wrapped again before the change was stopped
            }
            if (opens(old, kept.pollId(), wrapped)) {
                toWrap.add(kept.pollId());
            } else {
                unreadable.add(String.valueOf(kept.pollId()));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new BallotKeyProblem("cle.changement.sondage.illisible", String.join(", ", unreadable), polls.file(0).getParent());
        }
        return toWrap;
    }

    private static boolean opens(SecretBallotKey master, long pollId, byte[] wrapped) {
        try {
            master.unwrap(pollId, wrapped);
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void move(Path from, Path to, boolean needed) {
        if (!needed || !Files.exists(from)) {
            return;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            KeyFiles.forceDirectory(to.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    private static void destroy(Path file) {
        try {
            KeyFiles.destroy(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot destroy " + file, e);
        }
    }
}
