package org.tresse.core.poll.internal;

import java.util.List;
import java.util.Optional;

/**
 * Where the wrapped keys of secret polls are kept, outside the database: a directory beside
 * {@code ballot.key} (several instances on one PostgreSQL share it, or another store), or memory
 * for a key given as bytes. Every method may throw {@link java.io.UncheckedIOException}.
 */
public interface PollKeyStore {
    /** The wrapped key of the poll, if one is kept. */
    Optional<byte[]> read(long pollId);

    /** Keeps a new wrapped key; false if the poll already has one (it is left as it was). */
    boolean create(long pollId, byte[] wrapped);

    /** Destroys the poll's key for good (nothing if there is none). */
    void destroy(long pollId);

    /** The polls that have a key kept, with how long ago it was made (to spare a poll being opened elsewhere). */
    List<Kept> kept();

    record Kept(long pollId, java.time.Instant createdAt) {}
}
