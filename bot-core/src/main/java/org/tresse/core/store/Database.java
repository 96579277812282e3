package org.tresse.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

    private Database(DataSource dataSource, AutoCloseable closer, boolean postgres) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.postgres = postgres;
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
        HikariDataSource pool = new HikariDataSource(config);
        try {
            checkVersion(pool);
            migrate(pool, locations, isPostgres(url));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        log.info("Database ready: {}", redact(url));
        return new Database(pool, pool, isPostgres(url));
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
     * embedded file database writes each commit before it returns. H2 caches only 8 parsed
     * statements per connection by default, fewer than one message runs: raise it.
     */
    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String result = url;
        boolean embeddedFile = !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        if (embeddedFile && !upper.contains("WRITE_DELAY")) {
            result += ";WRITE_DELAY=0";
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
