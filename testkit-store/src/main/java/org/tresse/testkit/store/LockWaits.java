package org.tresse.testkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How many sessions wait for a lock another holds, asked of the database itself (a session
 * waiting on PostgreSQL is a thread blocked reading its socket: its Java state says nothing).
 */
public final class LockWaits {
    private LockWaits() {
    }

    /** The count; a failure to ask is the test's (unchecked), so it can be asked from a lambda. */
    public static long count(Connection connection) {
        String sql = product(connection).toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the sessions waiting for a lock", e);
        }
    }

    /**
     * How many other sessions are at a statement starting with {@code statementStart} and waiting:
     * on PostgreSQL for a lock; on H2, which does not show a wait for a row, still executing it.
     */
    public static long at(Connection connection, String statementStart) {
        String sql = product(connection).toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like ?"
                : "select count(*) from information_schema.sessions where executing_statement like ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, statementStart + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the sessions waiting at " + statementStart, e);
        }
    }

    private static String product(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("could not tell the database's product", e);
        }
    }
}
