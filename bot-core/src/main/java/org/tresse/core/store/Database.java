package org.tresse.core.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: a connection pool, the schema migrations ({@link Migrations}), and transactions.
 * Before use it is checked ({@link Preflight}); an embedded H2 lost while running is noticed
 * ({@link LostStore}).
 */
public final class Database implements AutoCloseable {
    public static final String CORE_MIGRATIONS = Migrations.CORE;
    public static final int DEFAULT_POOL_SIZE = 8;
    /** The oldest PostgreSQL Tresse runs on (its SQL and migrations are tested on 15). */
    public static final int OLDEST_POSTGRESQL = Preflight.OLDEST_POSTGRESQL;
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final boolean postgres;
    private final LostStore loss;
    /** Null but for an embedded H2 file. */
    private final H2File compaction;
    /** Null but for an embedded H2 file: its tidying while Tresse runs. */
    private final H2Tidy tidy;
    /** Opens the embedded file once the pool closed, for its compaction. */
    private final H2File.Opener reopen;

    private Database(DataSource dataSource, AutoCloseable closer, boolean postgres, String url, H2File.Opener reopen) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.postgres = postgres;
        this.loss = new LostStore(url);
        this.compaction = JdbcUrl.embeddedFile(url) ? new H2File(dataSource) : null;
        this.tidy = compaction == null ? null : new H2Tidy(compaction::store);
        this.reopen = reopen;
    }

    /**
     * Opens a pool on {@code url} and applies every migration found at {@code locations}
     * (the core's are always applied). An H2 file database is made durable at each commit.
     */
    public static Database open(String url, String user, String password, List<String> locations) {
        return open(url, user, password, locations, DEFAULT_POOL_SIZE);
    }

    /** The same with at most {@code poolSize} connections (an instance's share of a PostgreSQL server's). */
    public static Database open(String url, String user, String password, List<String> locations, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(JdbcUrl.durable(url));
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setAutoCommit(false);
        config.setMaximumPoolSize(poolSize);
        // connections are made when needed: a test's database or a quiet instance keeps one open
        config.setMinimumIdle(1);
        config.setPoolName("tresse-db");
        // a database that went away fails a statement within 10 s: its caller retries later
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try (Connection first = DriverManager.getConnection(JdbcUrl.durable(url), user, password)) {
            // tried once before the pool: a driver nobody has, a server that does not answer, a refused
            // login become one clear problem, not the pool's stack trace
            if (JdbcUrl.embeddedFile(url) && !Preflight.readOnly(first)) {
                H2File.compactAtStart(first);
            }
        } catch (SQLException e) {
            throw DatabaseProblem.of(e, url);
        }
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw DatabaseProblem.of(e, url);
        }
        try {
            Preflight.checkVersion(pool);
            Preflight.refuseReadOnly(pool, url);
            Migrations.migrate(pool, locations, JdbcUrl.isPostgres(url));
        } catch (UnsupportedDatabase e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            throw DatabaseProblem.of(e, url);
        }
        log.info("Database ready: {}", redact(url));
        Database database = new Database(pool, pool, JdbcUrl.isPostgres(url), url,
                () -> DriverManager.getConnection(JdbcUrl.durable(url), user, password));
        if (database.tidy != null) {
            database.tidy.start();
        }
        return database;
    }

    /**
     * Tries {@code url} without changing anything (for {@code tresse check}): connects, and says
     * whether the database can be written. An H2 file not yet made is not made; empty then.
     */
    public static Optional<DatabaseProblem> probe(String url, String user, String password) {
        return Preflight.probe(url, user, password);
    }

    /**
     * Called once if the database is lost for good while running (an embedded H2 whose disk is full or
     * whose file broke: H2 closes it and nothing can be written until a restart). Afterwards every
     * transaction fails at once, without trying.
     */
    public void onLost(Consumer<DatabaseProblem> listener) {
        loss.onLost(listener);
    }

    /**
     * Whether the failure is H2 closing the store (an I/O failure such as a full disk, a broken
     * file, the store closed under us): nothing can be written until a restart, and it is nobody's
     * message's fault.
     */
    public static boolean isLost(Throwable failure) {
        return LostStore.isLost(failure);
    }

    /** An H2 in-memory database that lives as long as this pool, for tests. */
    public static Database inMemory(String name, List<String> locations) {
        return open("jdbc:h2:mem:" + name, "sa", "", locations);
    }

    /** Every Flyway location applied with {@code locations}: the core's, those, and their vendor twins. */
    public static List<String> locations(List<String> locations, boolean postgres) {
        return Migrations.locations(locations, postgres);
    }

    /** A JDBC URL with any password parameter hidden, for logs. */
    public static String redact(String url) {
        return JdbcUrl.redact(url);
    }

    public boolean isPostgres() {
        return postgres;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. The
     * commit is on the disk when this returns (an H2 file is synced; PostgreSQL's own commit waits).
     */
    public <T> T inTransaction(Function<Handle, T> work) {
        return run(work, true);
    }

    /**
     * Runs {@code work} in one transaction whose commit does not wait for the disk: only for
     * bookkeeping whose loss makes Tresse repeat work, never lose any (a message delivered, then marked
     * sent: lost, it is sent once more). A SIGKILL keeps it (an H2 file's commit is written to the
     * system before this returns, only not synced); a power cut may lose it, with every such commit
     * since the last synced one (whose sync covers the whole file). On PostgreSQL it is an ordinary
     * transaction: with {@code synchronous_commit = off} a crash of the server (DatabaseOutageTest stops
     * it at once) lost the last marks, and their messages went out twice.
     */
    public void useTransactionUnsynced(Consumer<Handle> work) {
        run(handle -> {
            work.accept(handle);
            return null;
        }, false);
    }

    private <T> T run(Function<Handle, T> work, boolean synced) {
        DatabaseProblem gone = loss.lost();
        if (gone != null) {
            throw StorageException.lost(gone);
        }
        try {
            return transaction(work, synced);
        } catch (RuntimeException | Error failure) {
            if (!postgres) {
                loss.check(failure);
            }
            DatabaseProblem lost = loss.lost();
            if (lost != null) {
                // said once above, in one line; every loop now waits for the stop
                throw StorageException.lost(lost);
            }
            throw failure;
        }
    }

    private <T> T transaction(Function<Handle, T> work, boolean synced) {
        T result;
        Handle handle;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            handle = new Handle(connection, postgres);
            try {
                result = work.apply(handle);
                connection.commit();
            } catch (RuntimeException | Error failure) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
        } catch (SQLException e) {
            throw new StorageException("transaction failed", e);
        }
        if (compaction != null) {
            // named in the header (a SIGKILL keeps it wherever H2 wrote it), and synced unless asked
            // not to, before anything that follows the commit (a receipt's delivery)
            compaction.afterCommit(synced);
        }
        for (Runnable action : handle.committedActions()) {
            try {
                action.run();
            } catch (RuntimeException | Error failure) {
                log.error("An action after a commit failed: {}", failure.toString());
            }
        }
        return result;
    }

    public void useTransaction(Consumer<Handle> work) {
        inTransaction(handle -> {
            work.accept(handle);
            return null;
        });
    }

    @Override
    public void close() {
        // a job or a worker that outlived its stop timeout finds the store closed: that is no loss (exit 5)
        loss.closing();
        if (tidy != null) {
            tidy.stop();
        }
        try {
            closer.close();
        } catch (Exception e) {
            log.warn("Closing the database failed", e);
        }
        if (compaction != null) {
            compaction.compactAfterClose(reopen);
        }
    }
}
