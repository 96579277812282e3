package org.tresse.core.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tresse.core.outbox.internal.EphemeralSeal;
import org.tresse.core.outbox.internal.SharedReceiptSeal;
import org.tresse.core.store.Handle;

/**
 * What seals an {@link Outbox#EPHEMERAL} row (whom it goes to, what it says), so the database, its
 * stale pages and its backups name no one. Alone, under a key of this run ({@link #ofThisRun()}); on a
 * database several instances share, under keys every instance of the association can open and that
 * are destroyed once no row needs them ({@link #shared}).
 */
public interface ReceiptSeal {
    /** How every sealed value starts: then the key's id, a colon, base64 of nonce and ciphertext. */
    String PREFIX = "sealed:";

    String seal(String text);

    /** The text, if this seal can open {@code value}; empty otherwise (another run's, or its key destroyed). */
    Optional<String> open(String value);

    /** Destroys the keys no row needs any more; called by the outbox as it reads rows, the seal says when it is due. */
    default void sweep(Handle handle, Instant now) {}

    /** A key in this process's memory only: a receipt not sent when the run ends is never sent. */
    static ReceiptSeal ofThisRun() {
        return EphemeralSeal.random();
    }

    /**
     * Keys kept in {@code directory}, a directory every instance sees (never the database), each
     * wrapped under {@code secret} (derived from the secret ballots' master key, given to every
     * instance by the configuration): a receipt sealed by an instance that died is sent by another.
     * Each instance seals under a key of its own for an hour; a key is destroyed (overwritten) once no
     * row sealed under it is left, so the rows' stale copies are then unreadable by anyone.
     */
    static ReceiptSeal shared(Path directory, byte[] secret, Clock clock) {
        return new SharedReceiptSeal(directory, secret, clock);
    }
}
