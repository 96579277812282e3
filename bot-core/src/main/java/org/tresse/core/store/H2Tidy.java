package org.tresse.core.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While Tresse runs, the embedded H2 file is tidied four times a second on a thread of its own: what H2's
 * background writer would do, which runs only when commits may wait in memory (WRITE_DELAY above 0).
 * Each commit writes a chunk (some 50 KB of them a message) and leaves earlier ones mostly dead; without
 * this the file grew by that much until the next start (2.7 GB for 50,000 voices of 12 MB of data).
 *
 * <p>Each round, under H2's own store lock and through its public MVStore API: the live pages of the
 * emptiest chunks are written anew ({@code MVStore.compact}, then stored like any commit, and synced),
 * and chunks near the end of the file are moved into the holes so that the file can be cut short
 * ({@code RandomAccessStore.compactMoveChunks}, which syncs before it overwrites or truncates). A dead
 * chunk's space is reused only after H2's retention time (one second, {@link H2File#settings}), as at each commit.
 *
 * <p>A round tidies when no commit came for a quarter of a second, and every two seconds under a stream of
 * commits. A round that fails is logged (once at warn) and the next one tries again; the commits go on.
 */
final class H2Tidy {
    /** A file smaller than this is left alone. */
    static final long FLOOR = 4_000_000L;
    /** Below this share of live data in its chunks, the emptiest are rewritten. */
    static final int CHUNKS_FILL = 80;
    /** Below this share of the file in use, chunks are moved down and the file cut. */
    static final int FILE_FILL = 80;
    /** At most this much live data is rewritten in one round (H2's own writer takes 1 MB or less). */
    static final int REWRITE_BYTES = 2_000_000;
    /** At most this much of the file is moved in one round. */
    static final int MOVE_BYTES = 8_000_000;
    /** A round four times a second. */
    static final long PERIOD_MILLIS = 250;
    /** While commits flow, one round in this many tidies (every two seconds). */
    static final int BUSY_ROUNDS = 8;
    private static final Logger log = LoggerFactory.getLogger(H2Tidy.class);

    private final Supplier<MVStore> store;
    private ScheduledExecutorService executor;
    private boolean warned;
    /** The store's version seen by the last round: a round that sees it moved leaves the file alone (commits flow). */
    private long seenVersion = -1;
    private int busyRounds;

    H2Tidy(Supplier<MVStore> store) {
        this.store = store;
    }

    synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "tresse-h2-tidy");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::round, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits for a round under way: it is not interrupted (an interrupted write closes H2's file). */
    void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The database file's tidying did not end within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round() {
        try {
            MVStore known = store.get();
            if (known != null && !known.isClosed() && due(known)) {
                tidy(known);
                seenVersion = known.getCurrentVersion();
            }
        } catch (RuntimeException | Error failure) {
            if (!warned) {
                warned = true;
                log.warn("Tidying the database file failed (tried again four times a second; said once): {}", failure.toString());
            } else {
                log.debug("Tidying the database file failed again: {}", failure.toString());
            }
        }
    }

    /**
     * Whether this round tidies: when no commit came since the last one, and under a stream of commits
     * once every {@link #BUSY_ROUNDS} rounds (it holds H2's store lock while it writes: four rounds a
     * second slowed a storm by about a quarter, and a steady trickle must not keep the file from ever
     * being tidied).
     */
    private boolean due(MVStore known) {
        long version = known.getCurrentVersion();
        boolean quiet = version == seenVersion;
        seenVersion = version;
        if (quiet || ++busyRounds >= BUSY_ROUNDS) {
            busyRounds = 0;
            return true;
        }
        return false;
    }

    /** One round; returns whether it rewrote or moved anything. */
    static boolean tidy(MVStore known) {
        FileStore<?> file = known.getFileStore();
        if (file == null || file.isReadOnly() || file.size() < FLOOR) {
            return false;
        }
        // the budgets grow with the file: a stream of commits faster than a round can tidy makes rounds bigger
        int rewrite = (int) Math.min(Integer.MAX_VALUE, Math.max(REWRITE_BYTES, file.size() / 16));
        long move = Math.max(MOVE_BYTES, file.size() / 8);
        boolean changed = false;
        if (file.getChunksFillRate() < CHUNKS_FILL && known.compact(CHUNKS_FILL, rewrite)) {
            known.commit();
            // its chunks are written where space was freed, as a commit's: the header names them too
            H2Header.nameNewest(known);
            known.sync();
            changed = true;
        }
        if (file instanceof RandomAccessStore random && file.getFillRate() < FILE_FILL) {
            long before = file.size();
            random.compactMoveChunks(FILE_FILL, move, known);
            changed |= file.size() != before;
        }
        return changed;
    }
}
