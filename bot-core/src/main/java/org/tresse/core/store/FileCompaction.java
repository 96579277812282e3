package org.tresse.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded H2 file near its live size, and each commit on the disk. Every commit is
 * written before it returns (WRITE_DELAY=0), and H2 then runs none of its own housekeeping: each
 * commit's chunk stays, mostly dead, and 50,000 voices made a 2.7 GB file of 12 MB of data. At
 * start a file of {@link #START_SIZE} or more is compacted whole. Rewriting chunks while Tresse
 * runs ({@code MVStore.compact} from the committing thread, with RETENTION_TIME=0) was tried and
 * taken out: a poll committed in one run was, about one time in two, missing in the next
 * (ReadmeTest), and a vote storm met "Chunk N not found". So a long run's file grows until the
 * next start.
 */
final class FileCompaction {
    /** A file this big at start is compacted whole. */
    static final long START_SIZE = 8_000_000;
    private static final Logger log = LoggerFactory.getLogger(FileCompaction.class);

    private final DataSource dataSource;
    private volatile MVStore store;
    private volatile boolean looked;

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

    /** After each commit: the file is synced (the commit is on the disk, not only in the system's cache: it survives a power cut). */
    void afterCommit() {
        if (!looked) {
            looked = true;
            run(found -> { });
        }
        MVStore known = store;
        if (known != null && !known.isClosed()) {
            known.sync();
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
            log.debug("The database file's store could not be found: {}", e.toString());
        }
    }
}
