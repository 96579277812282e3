package org.tresse.app;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copies every Tresse table of one database into another with the same schema (both migrated to
 * the same version), parents before children, and counts the rows on both sides. The rows the
 * target's migrations wrote ({@link SeededRows}) are replaced by the source's. Runs in the
 * callers' transactions: the caller rolls the target back when the counts differ.
 */
final class StoreCopy {
    private static final int BATCH = 500;
    private static final String HISTORY = "flyway_schema_history";

    /** A table and its rows on each side. */
    record Counted(String table, long source, long target) {
        boolean same() {
            return source == target;
        }
    }

    private StoreCopy() {}

    /**
     * The first table of {@code database} that holds a row, if any: the schema history aside, and a
     * table holding what the migrations wrote alone ({@link SeededRows}), so that a target Tresse has
     * only migrated (or a copy that failed after the migrations) is still empty.
     */
    static Optional<Counted> firstNonEmpty(Connection database, SeededRows seeded) throws SQLException {
        for (String table : tables(database)) {
            long rows = count(database, table);
            if (rows > 0 && !seeded.holdsSeedsAlone(database, table)) {
                return Optional.of(new Counted(table, rows, rows));
            }
        }
        return Optional.empty();
    }

    /**
     * Copies every row; returns each table with its counts on both sides once copied. The target
     * holds nothing but what its migrations wrote ({@link #firstNonEmpty}); those rows are the
     * source's to say: in every table, the source's rows replace them.
     */
    static List<Counted> copy(Connection source, Connection target, SeededRows seeded) throws SQLException {
        List<Counted> counted = new ArrayList<>();
        for (String table : tables(source)) {
            replaceSeeds(target, table, seeded);
            copyTable(source, target, table);
            counted.add(new Counted(table, count(source, table), count(target, table)));
        }
        restartIdentities(target);
        return counted;
    }

    /** Tresse's tables, each after the tables it refers to. */
    static List<String> tables(Connection database) throws SQLException {
        DatabaseMetaData metadata = database.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getTables(null, schema(database), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    parents.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = metadata.getImportedKeys(null, schema(database), nameAsStored(database, table.getKey()))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        List<String> names = new ArrayList<>(parents.keySet());
        Collections.sort(names);
        while (ordered.size() < names.size()) {
            boolean moved = false;
            for (String name : names) {
                if (!ordered.contains(name) && ordered.containsAll(parents.get(name).stream().filter(parents::containsKey).toList())) {
                    ordered.add(name);
                    moved = true;
                }
            }
            if (!moved) {
                throw new SQLException("the tables refer to each other in a cycle: " + names);
            }
        }
        return ordered;
    }

    /** Deletes the rows the target's migrations wrote in {@code table}; refuses a table holding anything else. */
    private static void replaceSeeds(Connection target, String table, SeededRows seeded) throws SQLException {
        if (count(target, table) == 0) {
            return;
        }
        if (!seeded.holdsSeedsAlone(target, table)) {
            throw new SQLException("the target's table " + table + " holds rows its migrations did not write");
        }
        try (Statement delete = target.createStatement()) {
            delete.executeUpdate("delete from " + table);
        }
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        try (Statement select = source.createStatement(); ResultSet rows = select.executeQuery("select * from " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                names.add(columns.getColumnLabel(column).toLowerCase(Locale.ROOT));
            }
            String insert = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
            try (PreparedStatement statement = target.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    for (int column = 1; column <= names.size(); column++) {
                        statement.setObject(column, rows.getObject(column));
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }

    /** On PostgreSQL, each identity column goes on after the highest id copied. */
    private static void restartIdentities(Connection target) throws SQLException {
        if (!target.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        List<String[]> identities = new ArrayList<>();
        try (ResultSet columns = target.getMetaData().getColumns(null, schema(target), "%", "%")) {
            while (columns.next()) {
                if ("YES".equals(columns.getString("IS_AUTOINCREMENT")) && !HISTORY.equals(columns.getString("TABLE_NAME"))) {
                    identities.add(new String[] {columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")});
                }
            }
        }
        for (String[] identity : identities) {
            long next;
            try (Statement statement = target.createStatement();
                    ResultSet max = statement.executeQuery("select coalesce(max(" + identity[1] + "), 0) + 1 from " + identity[0])) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement statement = target.createStatement()) {
                statement.execute("alter table " + identity[0] + " alter column " + identity[1] + " restart with " + next);
            }
        }
    }

    private static long count(Connection database, String table) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String schema(Connection database) throws SQLException {
        return database.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "public" : "PUBLIC";
    }

    private static String nameAsStored(Connection database, String table) throws SQLException {
        return database.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
