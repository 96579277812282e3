package org.tresse.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.tresse.core.store.Database;
import org.tresse.core.store.StorageException;

/**
 * The rows Tresse's migrations write into a new database (person_number's counter, {@code (1, 0)}),
 * read from a fresh in-memory database migrated with the same locations. For {@code tresse migrer}
 * a target table holding these alone holds nothing of anyone's: the target is still empty, and the
 * copy replaces them by the source's rows of that table (the source's counter goes on from its
 * last number). Rows are compared column by column as text; a table whose rows differ in anything
 * is not seeded only, and the target is refused.
 */
final class SeededRows {
    private final Map<String, List<Map<String, String>>> tables;

    private SeededRows(Map<String, List<Map<String, String>>> tables) {
        this.tables = tables;
    }

    /** What the migrations at {@code locations} write into an empty database. */
    static SeededRows of(List<String> locations) {
        try (Database fresh = Database.inMemory("seeds-" + UUID.randomUUID(), locations)) {
            return fresh.inTransaction(handle -> {
                try {
                    return read(handle.connection());
                } catch (SQLException e) {
                    throw new StorageException("reading what the migrations write failed", e);
                }
            });
        }
    }

    static SeededRows read(Connection database) throws SQLException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (String table : StoreCopy.tables(database)) {
            List<Map<String, String>> rows = rows(database, table);
            if (!rows.isEmpty()) {
                tables.put(table, rows);
            }
        }
        return new SeededRows(tables);
    }

    /** Whether {@code table} of {@code database} holds rows, and these are exactly what the migrations wrote there. */
    boolean holdsSeedsAlone(Connection database, String table) throws SQLException {
        List<Map<String, String>> seeded = tables.get(table);
        return seeded != null && seeded.equals(rows(database, table));
    }

    /** The table's rows, each as its columns' values in text by column name, in a stable order. */
    private static List<Map<String, String>> rows(Connection database, String table) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement select = database.createStatement(); ResultSet found = select.executeQuery("select * from " + table)) {
            ResultSetMetaData columns = found.getMetaData();
            while (found.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    Object value = found.getObject(column);
                    row.put(columns.getColumnLabel(column).toLowerCase(Locale.ROOT), value == null ? null : value.toString());
                }
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(Map::toString));
        return rows;
    }
}
