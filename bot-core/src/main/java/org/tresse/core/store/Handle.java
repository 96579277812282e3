package org.tresse.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One open transaction. Every statement of a transaction goes through its handle; the
 * handle never commits by itself: {@link Database#inTransaction} does.
 */
public final class Handle {
    private final Connection connection;
    private final boolean postgres;
    private final List<Runnable> afterCommit = new ArrayList<>();

    Handle(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /** A statement with named parameters and lists; see {@link Query}. */
    public Query query(String sql) {
        return new Query(this, sql);
    }

    /**
     * Inserts a row, or sets {@code values} on the row that has the same {@code key} columns (a
     * unique or primary key of the table).
     */
    public void upsert(String table, Columns key, Columns values) {
        List<Object> arguments = new ArrayList<>(key.values());
        arguments.addAll(values.values());
        String columns = String.join(", ", concat(key.names(), values.names()));
        String placeholders = String.join(", ", java.util.Collections.nCopies(key.size() + values.size(), "?"));
        if (postgres) {
            String sets = String.join(", ", values.names().stream().map(name -> name + " = excluded." + name).toList());
            update("insert into " + table + " (" + columns + ") values (" + placeholders + ") on conflict ("
                    + String.join(", ", key.names()) + ") do update set " + sets, arguments.toArray());
        } else {
            update("merge into " + table + " (" + columns + ") key (" + String.join(", ", key.names()) + ") values ("
                    + placeholders + ")", arguments.toArray());
        }
    }

    /** Inserts a row unless one with the same {@code key} columns exists; true if it inserted. */
    public boolean insertIfAbsent(String table, Columns key, Columns values) {
        List<Object> arguments = new ArrayList<>(key.values());
        arguments.addAll(values.values());
        String columns = String.join(", ", concat(key.names(), values.names()));
        String placeholders = String.join(", ", java.util.Collections.nCopies(key.size() + values.size(), "?"));
        if (postgres) {
            return update("insert into " + table + " (" + columns + ") values (" + placeholders + ") on conflict ("
                    + String.join(", ", key.names()) + ") do nothing", arguments.toArray()) == 1;
        }
        // H2: one process, whose transactions hold the row lock until commit; a check is enough
        String where = String.join(" and ", key.names().stream().map(name -> name + " = ?").toList());
        if (count("select count(*) from " + table + " where " + where, key.values().toArray()) > 0) {
            return false;
        }
        return update("insert into " + table + " (" + columns + ") values (" + placeholders + ")", arguments.toArray()) == 1;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    public int update(String sql, Object... arguments) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("update failed: " + sql, e);
        }
    }

    /** Runs an INSERT into a table with an identity column {@code id} and returns the new id. */
    public long insert(String sql, Object... arguments) {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, arguments);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StorageException("no generated id: " + sql, null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageException("insert failed: " + sql, e);
        }
    }

    /** Runs the same statement once per row of arguments, in one JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] arguments : rows) {
                bind(statement, arguments);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StorageException("batch failed: " + sql, e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... arguments) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, arguments);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StorageException("query failed: " + sql, e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... arguments) {
        List<T> rows = list(sql, mapper, arguments);
        if (rows.size() > 1) {
            throw new StorageException("expected at most one row, got " + rows.size() + ": " + sql, null);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /**
     * The next of a gapless number drawn inside this transaction from a counter row ({@code
     * counterTable}: one row, id 1, {@code last_number}) instead of a sequence, which H2 commits in a
     * session of its own at each number (its whole store: a batch's uncommitted rows too). No gap
     * after a rollback or a crash: the number is committed with its row or not at all. The row lock
     * orders numbers drawn at once, by several threads or several instances on one PostgreSQL, until
     * the commit. The number is past every id of {@code numberedTable}, so a row written with its own
     * number is never taken again. Both names are the caller's constants, never user input.
     */
    public long nextNumber(String counterTable, String numberedTable) {
        update("update " + counterTable + " set last_number = greatest(last_number, (select coalesce(max(id), 0) from "
                + numberedTable + ")) + 1 where id = 1");
        return count("select last_number from " + counterTable + " where id = 1");
    }

    public long count(String sql, Object... arguments) {
        return one(sql, row -> row.getLong(1), arguments).orElse(0L);
    }

    /**
     * Runs {@code action} once this transaction is committed (never if it is rolled back, nor if
     * the savepoint it was registered in is), after the connection is released. For work outside
     * the database that must follow a commit, such as destroying a key the committed rows no
     * longer need. A crash between the commit and the action loses it: what needs it must also
     * be done again at start.
     */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    List<Runnable> committedActions() {
        return List.copyOf(afterCommit);
    }

    /** Runs {@code work}; if it throws, undoes what it wrote and rethrows, keeping the rest of the transaction. */
    public <T> T withSavepoint(java.util.function.Supplier<T> work) {
        int actions = afterCommit.size();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new StorageException("savepoint failed", e);
        }
        try {
            T result = work.get();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (RuntimeException | Error failure) {
            afterCommit.subList(actions, afterCommit.size()).clear();
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } catch (SQLException e) {
            throw new StorageException("savepoint release failed", e);
        }
    }

    /** The JDBC connection, for the rare statement the helpers above don't cover. */
    public Connection connection() {
        return connection;
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void bind(PreparedStatement statement, Object[] arguments) throws SQLException {
        for (int index = 0; index < arguments.length; index++) {
            Object argument = arguments[index];
            int position = index + 1;
            if (argument == null) {
                statement.setNull(position, Types.NULL);
            } else if (argument instanceof Instant instant) {
                statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (argument instanceof Enum<?> constant) {
                statement.setString(position, constant.name());
            } else if (argument instanceof Timestamp timestamp) {
                statement.setTimestamp(position, timestamp);
            } else {
                statement.setObject(position, argument);
            }
        }
    }
}
