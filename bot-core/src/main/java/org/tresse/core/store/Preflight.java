package org.tresse.core.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** What is checked of a database before Tresse uses it: that it answers, can be written, and is recent enough. */
final class Preflight {
    /** The oldest PostgreSQL Tresse runs on (its SQL and migrations are tested on 15). */
    static final int OLDEST_POSTGRESQL = 12;

    private Preflight() {
    }

    /**
     * Tries {@code url} without changing anything (for {@code tresse check}): connects, and says
     * whether the database can be written. An H2 file not yet made is not made; empty then.
     */
    static Optional<DatabaseProblem> probe(String url, String user, String password) {
        String probing = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(Locale.ROOT)
                .contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
        try (Connection connection = DriverManager.getConnection(probing, user, password)) {
            return readOnly(connection) ? Optional.of(new DatabaseProblem("base.lecture.seule", null, JdbcUrl.redact(url)))
                    : Optional.empty();
        } catch (SQLException e) {
            if (e.getErrorCode() == 90146) {
                // not made yet: the first run makes it
                return Optional.empty();
            }
            return Optional.of(DatabaseProblem.of(e, url));
        }
    }

    /** A database Tresse can only read would answer every message "internal error": it does not start. */
    static void refuseReadOnly(DataSource dataSource, String url) {
        try (Connection connection = dataSource.getConnection()) {
            if (readOnly(connection)) {
                throw new DatabaseProblem("base.lecture.seule", null, JdbcUrl.redact(url));
            }
        } catch (SQLException e) {
            throw DatabaseProblem.of(e, url);
        }
    }

    static boolean readOnly(Connection connection) throws SQLException {
        String sql = connection.getMetaData().getDatabaseProductName().startsWith("H2") ? "select readonly()"
                : "select current_setting('transaction_read_only') = 'on'";
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    static void checkVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            refuseOld(metadata.getDatabaseProductName(), metadata.getDatabaseMajorVersion(), metadata.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new StorageException("the database could not be asked its version", e);
        }
    }

    /** Throws {@link UnsupportedDatabase} for a PostgreSQL older than {@link #OLDEST_POSTGRESQL}. */
    static void refuseOld(String product, int major, String version) {
        if (product.toLowerCase(Locale.ROOT).contains("postgres") && major < OLDEST_POSTGRESQL) {
            throw new UnsupportedDatabase("PostgreSQL " + version, "PostgreSQL " + OLDEST_POSTGRESQL);
        }
    }
}
