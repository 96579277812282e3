package org.tresse.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: a connection pool, the schema migrations, and transactions.
 *
 * <p>One linear Flyway history across modules: the core's migrations live under
 * {@code db/migration/core}, each connector's under {@code db/migration/<channel>}, and every new
 * migration, whatever its module, takes the next free version (V1_0 … V7_1 were numbered by
 * feature before; V8 and later follow one another). Flyway refuses a migration older than the
 * newest applied one.
 */
public final class Database implements AutoCloseable {
    public static final String CORE_MIGRATIONS = "classpath:db/migration/core";
    public static final int DEFAULT_POOL_SIZE = 8;
    private static final String MIGRATION_ROOT = "classpath:db/migration/";
    private static final String VENDOR_ROOT = "classpath:db/vendor/";
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final boolean postgres;
    private final String url;
    private final List<Consumer<DatabaseProblem>> lostListeners = new CopyOnWriteArrayList<>();
    private volatile DatabaseProblem lost;
    /** Null but for an embedded H2 file. */
    private final H2File compaction;

    private Database(DataSource dataSource, AutoCloseable closer, boolean postgres, String url) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.postgres = postgres;
        this.url = url;
        this.compaction = embeddedFile(url) ? new H2File(dataSource) : null;
    }

    private static boolean embeddedFile(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
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
        config.setJdbcUrl(durable(url));
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
        try (Connection first = java.sql.DriverManager.getConnection(durable(url), user, password)) {
            // tried once before the pool: a driver nobody has, a server that does not answer, a refused
            // login become one clear problem, not the pool's stack trace
            if (embeddedFile(url) && !readOnly(first)) {
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
            checkVersion(pool);
            refuseReadOnly(pool, url);
            migrate(pool, locations, isPostgres(url));
        } catch (UnsupportedDatabase e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            throw DatabaseProblem.of(e, url);
        }
        log.info("Database ready: {}", redact(url));
        return new Database(pool, pool, isPostgres(url), url);
    }

    /**
     * Tries {@code url} without changing anything (for {@code tresse check}): connects, and says
     * whether the database can be written. An H2 file not yet made is not made; empty then.
     */
    public static java.util.Optional<DatabaseProblem> probe(String url, String user, String password) {
        String probing = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(java.util.Locale.ROOT)
                .contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
        try (Connection connection = java.sql.DriverManager.getConnection(probing, user, password)) {
            return readOnly(connection) ? java.util.Optional.of(new DatabaseProblem("base.lecture.seule", null, redact(url)))
                    : java.util.Optional.empty();
        } catch (SQLException e) {
            if (e.getErrorCode() == 90146) {
                // not made yet: the first run makes it
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(DatabaseProblem.of(e, url));
        }
    }

    /** A database Tresse can only read would answer every message "internal error": it does not start. */
    private static void refuseReadOnly(DataSource dataSource, String url) {
        try (Connection connection = dataSource.getConnection()) {
            if (readOnly(connection)) {
                throw new DatabaseProblem("base.lecture.seule", null, redact(url));
            }
        } catch (SQLException e) {
            throw DatabaseProblem.of(e, url);
        }
    }

    private static boolean readOnly(Connection connection) throws SQLException {
        String sql = connection.getMetaData().getDatabaseProductName().startsWith("H2") ? "select readonly()"
                : "select current_setting('transaction_read_only') = 'on'";
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    /**
     * Called once if the database is lost for good while running (an embedded H2 whose disk is full or
     * whose file broke: H2 closes it and nothing can be written until a restart). Afterwards every
     * transaction fails at once, without trying.
     */
    public void onLost(Consumer<DatabaseProblem> listener) {
        lostListeners.add(listener);
    }

    private void checkLost(Throwable failure) {
        if (postgres || lost != null || !isLost(failure)) {
            return;
        }
        synchronized (this) {
            if (lost != null) {
                return;
            }
            DatabaseProblem problem = DatabaseProblem.of(failure, url);
            boolean diskFull = problem.key().equals("base.disque.plein");
            Object reason = diskFull ? "disk full" : problem.arguments().length > 1 ? problem.arguments()[1] : problem.key();
            lost = new DatabaseProblem(diskFull ? "base.perdue.disque" : "base.perdue", failure, redact(url), reason);
        }
        log.error("The database {} is lost ({}): nothing more can be recorded until a restart", redact(url), lost.arguments()[1]);
        lostListeners.forEach(listener -> listener.accept(lost));
    }

    /**
     * Whether the failure is H2 closing the store (an I/O failure such as a full disk, a broken
     * file, the store closed under us): nothing can be written until a restart, and it is nobody's
     * message's fault.
     */
    public static boolean isLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && List.of(90098, 90028, 90031, 90030, 90121, 90108).contains(sql.getErrorCode())) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException") || message.contains("no space left")) {
                return true;
            }
        }
        return false;
    }

    /** An H2 in-memory database that lives as long as this pool, for tests. */
    public static Database inMemory(String name, List<String> locations) {
        return open("jdbc:h2:mem:" + name, "sa", "", locations);
    }

    private static void migrate(DataSource dataSource, List<String> locations, boolean postgres) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(locations, postgres).toArray(String[]::new))
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** The oldest PostgreSQL Tresse runs on (its SQL and migrations are tested on 15). */
    public static final int OLDEST_POSTGRESQL = 12;

    private static void checkVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            java.sql.DatabaseMetaData metadata = connection.getMetaData();
            refuseOld(metadata.getDatabaseProductName(), metadata.getDatabaseMajorVersion(), metadata.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new StorageException("the database could not be asked its version", e);
        }
    }

    /** Throws {@link UnsupportedDatabase} for a PostgreSQL older than {@link #OLDEST_POSTGRESQL}. */
    static void refuseOld(String product, int major, String version) {
        if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres") && major < OLDEST_POSTGRESQL) {
            throw new UnsupportedDatabase("PostgreSQL " + version, "PostgreSQL " + OLDEST_POSTGRESQL);
        }
    }

    /** Every Flyway location applied with {@code locations}: the core's, those, and their vendor twins. */
    public static List<String> locations(List<String> locations, boolean postgres) {
        List<String> all = new ArrayList<>();
        all.add(CORE_MIGRATIONS);
        locations.stream().filter(location -> !all.contains(location)).forEach(all::add);
        all.addAll(vendorLocations(all, postgres));
        return List.copyOf(all);
    }

    /**
     * The seam for the rare migration one database cannot run: beside each location
     * {@code classpath:db/migration/X}, the vendor's {@code classpath:db/vendor/h2/X} or
     * {@code classpath:db/vendor/postgresql/X} (outside {@code db/migration}, which Flyway scans
     * recursively). A migration H2 databases have already run keeps its bytes (its checksum) and
     * moves to the H2 directory; its PostgreSQL twin, with the same version, goes beside. A vendor
     * directory that does not exist is ignored.
     */
    static List<String> vendorLocations(List<String> locations, boolean postgres) {
        String vendor = postgres ? "postgresql" : "h2";
        return locations.stream().filter(location -> location.startsWith(MIGRATION_ROOT))
                .map(location -> VENDOR_ROOT + vendor + "/" + location.substring(MIGRATION_ROOT.length()))
                .filter(Database::exists).toList();
    }

    /**
     * H2 keeps commits in memory for up to 500 ms by default; a vote must survive kill -9, so an
     * embedded file database writes each commit before it returns, and keeps no trace file of its
     * own. H2 caches only 8 parsed
     * statements per connection by default, fewer than one message runs: raise it.
     */
    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String result = url;
        if (embeddedFile(url)) {
            result += H2File.settings(upper);
        }
        if (!upper.contains("TRACE_LEVEL_FILE")) {
            // no tresse.trace.db: it grew by megabytes on a full disk; Tresse's own log says what failed
            result += ";TRACE_LEVEL_FILE=0";
        }
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            result += ";QUERY_CACHE_SIZE=128";
        }
        return result;
    }

    /** Whether a classpath location holds anything (Flyway warns at each start about one that does not). */
    private static boolean exists(String location) {
        String path = location.substring("classpath:".length());
        return Database.class.getClassLoader().getResource(path) != null;
    }

    private static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /** A JDBC URL with any password parameter hidden, for logs. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Function<Handle, T> work) {
        DatabaseProblem gone = lost;
        if (gone != null) {
            throw StorageException.lost(gone);
        }
        try {
            T result = transaction(work);
            if (compaction != null) {
                compaction.afterCommit();
            }
            return result;
        } catch (RuntimeException | Error failure) {
            checkLost(failure);
            if (lost != null) {
                // said once above, in one line; every loop now waits for the stop
                throw StorageException.lost(lost);
            }
            throw failure;
        }
    }

    private <T> T transaction(Function<Handle, T> work) {
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
        try {
            closer.close();
        } catch (Exception e) {
            log.warn("Closing the database failed", e);
        }
    }
}
