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
 * The embedded H2 file: each commit written, named in the store header ({@link H2Header}) and synced to
 * the disk before Tresse acknowledges it, a dead chunk's space reused after a second, the file tidied
 * while running ({@link H2Tidy}), and a file left big compacted whole at start.
 *
 * <p>With every commit written before it returns, H2 runs none of its own housekeeping (its
 * background writer needs WRITE_DELAY above 0): each commit's chunk stayed, mostly dead, and a long
 * run's file grew until the next start (50,000 voices made 2.7 GB of 12 MB of data under H2
 * 2.3.232; H2 2.5.252 also compacts at a clean close). Each voice is two commits (the voice with its
 * inbound row and receipt, then the receipt's delivery), each a chunk of some 20 KB, 8 KB of it H2's
 * own chunk list; with H2's 45 s retention a storm's file held 45 s of them. Tidying from the
 * committing thread ({@code MVStore.compact} with RETENTION_TIME=0) lost a committed poll; H2's
 * background writer (WRITE_DELAY=100, RETENTION_TIME=1000) lost acknowledged voices under SIGKILL
 * ({@code KillLoopTest}), as did RETENTION_TIME=1000 alone until the header named the newest chunk.
 */
final class H2File {
    /** A file this big at start is compacted whole. */
    static final long START_SIZE = 8_000_000;
    /** How long a dead chunk's space waits before it is reused (H2's default: 45 s). */
    static final int RETENTION_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(H2File.class);

    private final DataSource dataSource;
    /** The pool's store, found at the first commit (null when not found: nothing to sync then). */
    private volatile MVStore store;
    private volatile boolean looked;

    H2File(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What the JDBC address of an embedded file gets, but for what it already sets: each commit
     * written before it returns (WRITE_DELAY=0; H2's default keeps it up to 500 ms in memory), and a
     * dead chunk's space reused after {@value #RETENTION_MILLIS} ms (H2's default, 45 s, let a storm's
     * file reach 45 s of chunks). A short retention lost acknowledged commits under SIGKILL until
     * {@link H2Header} named the newest chunk in the header at each commit: where H2 cannot, the file
     * keeps H2's 45 s. At RETENTION_TIME=0 H2 reused chunks still in use: a committed poll was missing in
     * a later run (ReadmeTest), a vote storm met "Chunk N not found" (h2database#4383). H2's background
     * writer, which tidies the file, runs only with WRITE_DELAY above 0; {@link H2Tidy} does its work.
     */
    static String settings(String upperCaseUrl) {
        String settings = upperCaseUrl.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0";
        if (!upperCaseUrl.contains("DB_CLOSE_ON_EXIT")) {
            // Tresse closes its database itself, once everything that writes has stopped: H2's own
            // shutdown hook closed it at SIGTERM while delivery was still recording, and the store
            // then read as lost (exit 5 instead of 0, LifecycleTest on a loaded machine)
            settings += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (!upperCaseUrl.contains("RETENTION_TIME") && H2Header.available()) {
            settings += ";RETENTION_TIME=" + RETENTION_MILLIS;
        }
        return settings;
    }

    /**
     * At start, on the first connection, before anything else uses the database: a file of
     * {@link #START_SIZE} or more is rewritten whole, H2's SHUTDOWN COMPACT, which keeps only the live
     * data (a file left by an earlier release, a crash, a burst). H2's own fill rates do not tell a
     * mostly dead file apart (a 15 MB file of 4 MB data said 100 % and 76 %), so size decides; the
     * cost is a rewrite of the live data, about a second for 4 MB. Returns whether it did (the
     * connection is then closed).
     */
    static boolean compactAtStart(Connection connection) throws SQLException {
        MVStore found = storeOf(connection);
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

    /** Opens a connection of its own on the file (not the pool's). */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * At a clean close, after the pool closed: the file is rewritten with its live data alone (SHUTDOWN
     * COMPACT writes a new file and replaces the old one), unless another pool of this process still has
     * it open. H2's own compaction at close stops after 200 ms: on a loaded machine it left pages of
     * deleted rows in the file (a deleted newcomer's name, found by {@code AnonymousVoiceForensicsTest}),
     * and a big file big. Costs about a second for 4 MB of data.
     */
    void compactAfterClose(Opener opener) {
        if (store() == null) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = opener.open(); var statement = connection.createStatement()) {
            try (var sessions = statement.executeQuery("select count(*) from information_schema.sessions")) {
                if (sessions.next() && sessions.getLong(1) > 1) {
                    connection.rollback();
                    return;
                }
            }
            statement.execute("shutdown compact");
            log.debug("The database file was compacted at close in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            log.warn("The database file could not be compacted at close (it is at the next start if big): {}", e.toString());
        }
    }

    /**
     * After each commit: the store header names its chunk ({@link H2Header}: a SIGKILL keeps it), and the
     * file is synced unless {@code synced} is false (synced, the commit is on the disk, not only in the
     * system's cache: it survives a power cut).
     */
    void afterCommit(boolean synced) {
        MVStore known = store();
        if (known != null && !known.isClosed()) {
            H2Header.nameNewest(known);
            if (synced) {
                known.sync();
            }
        }
    }

    /** The pool's store, or null when there is none to write (read-only, not found). */
    MVStore store() {
        if (!looked) {
            synchronized (this) {
                if (!looked) {
                    store = lookUp();
                    looked = true;
                }
            }
        }
        return store;
    }

    private MVStore lookUp() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore found = storeOf(connection);
            connection.rollback();
            return found.getFileStore() != null && !found.isReadOnly() ? found : null;
        } catch (SQLException | RuntimeException e) {
            log.debug("The database file's store could not be found: {}", e.toString());
            return null;
        }
    }

    private static MVStore storeOf(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
    }
}
