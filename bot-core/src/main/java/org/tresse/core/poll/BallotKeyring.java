package org.tresse.core.poll;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.internal.MasterKeyFile;
import org.tresse.core.poll.internal.PollKeyFiles;
import org.tresse.core.poll.internal.PollKeyStore;
import org.tresse.core.poll.internal.PollKeysInMemory;

/**
 * The keys of secret polls: each secret poll has its own random key, wrapped by {@code ballot.key}
 * and kept OUTSIDE the database ({@code <data dir>/ballot-keys/<poll>.key}); it is destroyed once the
 * poll's close is committed. The database only holds each key's {@link SecretBallotKey#fingerprint},
 * to tell a wrong key from the right one. A poll sealed before polls had keys of their own (no
 * fingerprint) still uses {@code ballot.key} itself.
 */
public final class BallotKeyring {
    /** The directory of the poll keys, beside {@code ballot.key}. */
    public static final String DIRECTORY = MasterKeyFile.POLL_KEYS;
    /** A key kept for no known poll is spared this long: its poll may be being opened by another instance. */
    static final Duration ORPHAN_AGE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(BallotKeyring.class);
    private static final int KEY_BYTES = 32;

    private final SecretBallotKey master;
    private final PollKeyStore store;
    private final Map<Long, SecretBallotKey> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    BallotKeyring(SecretBallotKey master, PollKeyStore store) {
        this.master = master;
        this.store = store;
    }

    /** The keyring of {@code master}: in the directory beside its file, or in memory for a key given as bytes. */
    public static BallotKeyring of(SecretBallotKey master) {
        return master.keyring();
    }

    static BallotKeyring create(SecretBallotKey master) {
        return new BallotKeyring(master, master.directory()
                .<PollKeyStore>map(directory -> new PollKeyFiles(directory.resolve(DIRECTORY)))
                .orElseGet(PollKeysInMemory::new));
    }

    SecretBallotKey master() {
        return master;
    }

    /** Makes and keeps a new key for the poll; returns its fingerprint, for the poll's row. */
    String create(long pollId) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        byte[] wrapped = master.wrap(pollId, key);
        if (!store.create(pollId, wrapped)) {
            // left by a poll whose opening was rolled back: the number is new, so is its key
            store.destroy(pollId);
            if (!store.create(pollId, wrapped)) {
                throw new IllegalStateException("the key of poll " + pollId + " could not be created");
            }
        }
        SecretBallotKey pollKey = SecretBallotKey.of(key);
        open.put(pollId, pollKey);
        return pollKey.fingerprint();
    }

    /**
     * The key that seals the ballots of the poll: its own one, which must have {@code fingerprint};
     * {@code ballot.key} itself for a poll without one.
     *
     * @throws UserError the poll's key is missing, damaged or not the one its ballots were sealed with
     */
    SecretBallotKey forPoll(long pollId, String fingerprint) {
        if (fingerprint == null) {
            return master;
        }
        SecretBallotKey known = open.get(pollId);
        if (known != null) {
            return known;
        }
        Optional<SecretBallotKey> read = read(pollId, fingerprint);
        if (read.isEmpty()) {
            throw new UserError("sondage.cle.perdue", String.valueOf(pollId));
        }
        open.put(pollId, read.get());
        return read.get();
    }

    /** The poll's key as kept, if it is there, unwraps and has {@code fingerprint}. */
    Optional<SecretBallotKey> read(long pollId, String fingerprint) {
        Optional<byte[]> wrapped = store.read(pollId);
        if (wrapped.isEmpty()) {
            log.error("The key of secret poll {} is missing: its ballots cannot be opened (see the README, backups)", pollId);
            return Optional.empty();
        }
        Optional<SecretBallotKey> key = unwrap(pollId, wrapped.get()).filter(found -> found.fingerprint().equals(fingerprint));
        if (key.isEmpty()) {
            log.error("The key kept for secret poll {} is damaged, or not the one that sealed its ballots, "
                    + "or ballot.key is missing or not the one that wrapped it", pollId);
        }
        return key;
    }

    /** Whether the poll's key is kept at all (a key that is there but does not open is another problem). */
    boolean keeps(long pollId) {
        return store.read(pollId).isPresent();
    }

    private Optional<SecretBallotKey> unwrap(long pollId, byte[] wrapped) {
        try {
            return Optional.of(SecretBallotKey.of(master.unwrap(pollId, wrapped)));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Destroys the poll's key for good: its ballots, wherever a copy of them lies, can no longer be opened. */
    void destroy(long pollId) {
        open.remove(pollId);
        store.destroy(pollId);
        log.debug("The key of poll {} is destroyed", pollId);
    }

    /**
     * Destroys the keys no open poll needs: those of closed polls (a close whose key was not
     * destroyed yet when the process died), and those of no poll at all once they are old enough.
     */
    List<Long> sweep(Set<Long> openSecret, LongPredicate exists, Instant now) {
        List<Long> destroyed = new ArrayList<>();
        for (PollKeyStore.Kept kept : store.kept()) {
            if (openSecret.contains(kept.pollId())) {
                continue;
            }
            boolean known = exists.test(kept.pollId());
            boolean orphan = !known && kept.createdAt().isBefore(now.minus(ORPHAN_AGE));
            boolean closed = known;
            if (closed || orphan) {
                destroy(kept.pollId());
                destroyed.add(kept.pollId());
            }
        }
        return destroyed;
    }
}
