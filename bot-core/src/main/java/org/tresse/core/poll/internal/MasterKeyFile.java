package org.tresse.core.poll.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.poll.BallotKeyProblem;
import org.tresse.core.secret.KeyFiles;

/** The file {@code ballot.key}: 32 random bytes or more, in base64, readable by its owner only. */
public final class MasterKeyFile {
    /** The directory of the poll keys, beside {@code ballot.key}. */
    public static final String POLL_KEYS = "ballot-keys";
    private static final Logger log = LoggerFactory.getLogger(MasterKeyFile.class);
    private static final int KEY_BYTES = 32;

    private MasterKeyFile() {}

    /** The file's key; created if there is none and no poll key is kept beside it (first use). */
    public static byte[] readOrCreate(Path path) {
        Optional<byte[]> existing = read(path);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path directory = path.getParent() == null ? Path.of(".") : path.getParent();
        if (PollKeyFiles.anyIn(directory.resolve(POLL_KEYS))) {
            throw new IllegalStateException("the ballot key file " + path + " is missing while poll keys are kept beside it");
        }
        try {
            return create(path);
        } catch (IllegalStateException raced) {
            return read(path).orElseThrow(() -> raced);
        }
    }

    /**
     * The key in the file; empty if there is no file.
     *
     * @throws BallotKeyProblem the file is there but cannot be read, or holds no key
     */
    public static Optional<byte[]> read(Path path) {
        Optional<byte[]> master;
        try {
            master = KeyFiles.read(path);
        } catch (IOException e) {
            throw new BallotKeyProblem("cle.illisible", path, e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            throw new BallotKeyProblem("cle.abimee", path);
        }
        if (master.isPresent() && master.get().length < KEY_BYTES) {
            throw new BallotKeyProblem("cle.abimee", path);
        }
        return master;
    }

    /** A new random key in a new file; refuses to replace one. */
    public static byte[] create(Path path) {
        byte[] master = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(master);
        try {
            if (!KeyFiles.create(path, master)) {
                throw new IllegalStateException("the ballot key file " + path + " already exists");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ballot key file " + path, e);
        }
        log.info("Created the secret ballot key {}; back it up apart from the database", path);
        return master;
    }
}
