package org.tresse.testkit.store;

import java.sql.Connection;
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

    public static long count(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String sql = product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
