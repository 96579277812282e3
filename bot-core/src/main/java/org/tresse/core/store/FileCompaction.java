package org.tresse.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded H2 file near its live size. Every commit is written before it returns
 * (WRITE_DELAY=0), and H2 then runs none of its own housekeeping (that needs a write delay): each
 * commit's chunk stays, mostly dead, and 50,000 voices made a 2.7 GB file of 12 MB of data. So,
 * every {@link #EVERY} commits (at most once per {@link #PAUSE}), in the thread that just
 * committed, the partly dead chunks are rewritten, {@link #MOVE_LIMIT} at most at a time; and at
 * start a file of some size is compacted whole.
 */
final class FileCompaction {
    static final int EVERY = 50;
    static final Duration PAUSE = Duration.ofMillis(500);
    /** Chunks fuller than this are left alone. */
    static final int TARGET_FILL_RATE = 80;
    static final int MOVE_LIMIT = 8 * 1024 * 1024;
    /** A file this big at start is compacted whole. */
    static final long START_SIZE = 8_000_000;
    private static final Logger log = LoggerFactory.getLogger(FileCompaction.class);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant last = Instant.EPOCH;
    private volatile MVStore store;

    FileCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * At start, on the first connection, before anything else uses the database: a file of
     * {@link #START_SIZE} or more is rewritten whole, H2's SHUTDOWN COMPACT, which keeps only the live
     * data (a file left by an earlier release, a crash, a burst). H2's own fill rates do not tell a
     * mostly dead file apart (a 15 MB file of 4 MB data said 100 % and 76 %), so size decides; the
     * cost is a rewrite of the live data, about a second for 4 MB. Returns whether it did (the
     * connection is then closed).
     */
    static boolean atStart(Connection connection) throws SQLException {
        MVStore found = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        if (found.getFileStore() == null || found.isReadOnly() || found.getFileStore().size() < START_SIZE) {
            return false;
        }
        long size = found.getFileStore().size();
        long started = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        }
        log.info("The database file ({} MB) was compacted at start in {} ms", size / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /**
     * After each commit: the file is synced (the commit is on the disk, not only in the system's
     * cache: it survives a power cut); now and then, the partly dead chunks are rewritten.
     */
    void afterCommit() {
        MVStore known = store;
        if (known != null && !known.isClosed()) {
            known.sync();
        }
        if (commits.incrementAndGet() % EVERY != 0 || clock.instant().isBefore(last.plus(PAUSE)) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            run(store -> store.compact(TARGET_FILL_RATE, MOVE_LIMIT));
            last = clock.instant();
        } finally {
            running.set(false);
        }
    }

    private void run(java.util.function.Consumer<MVStore> work) {
        try (Connection connection = dataSource.getConnection()) {
            MVStore found = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            if (found.getFileStore() != null && !found.isReadOnly() && !found.isClosed()) {
                store = found;
                work.accept(found);
            }
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            log.debug("Compacting the database file failed: {}", e.toString());
        }
    }
}
