package org.tresse.core.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Why the database could not be opened or written, for people: the text {@link #key()} of the core
 * bundle with {@link #arguments()} (the address, passwords hidden, first). One line, never a stack
 * trace: an unknown driver, a server that does not answer, a refused login, an option H2 does not
 * know, a full disk, a database that can only be read, a file another program holds.
 */
public final class DatabaseProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> arguments;
    private final boolean worthWaiting;

    /** A problem that will not go away by waiting. */
    public DatabaseProblem(String key, Throwable cause, Object... arguments) {
        this(false, key, cause, arguments);
    }

    private DatabaseProblem(boolean worthWaiting, String key, Throwable cause, Object... arguments) {
        super(key + " " + List.of(arguments), cause);
        this.key = key;
        this.arguments = List.of(arguments);
        this.worthWaiting = worthWaiting;
    }

    /** The database that could not be reached at {@code address}, {@code why} in one line: it may answer later. */
    private static DatabaseProblem unreachable(Throwable failure, String address, String why) {
        return new DatabaseProblem(true, "base.injoignable", failure, address, why);
    }

    /**
     * Whether the database may answer later by itself: a connection refused or timed out, a server
     * starting up (worth waiting for); a refused login, an unknown driver, a database only readable
     * are not (whose SQL state may be a connection's too).
     */
    public boolean worthWaiting() {
        return worthWaiting;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** What went wrong opening {@code url}, read from the failure's causes. */
    public static DatabaseProblem of(Throwable failure, String url) {
        if (failure instanceof DatabaseProblem problem) {
            return problem;
        }
        String address = Database.redact(url);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("espace disponible")) {
                return new DatabaseProblem("base.disque.plein", failure, address);
            }
            if (lower.contains("no suitable driver") || lower.contains("failed to get driver instance")) {
                return new DatabaseProblem("base.pilote.inconnu", failure, address);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException) {
                return unreachable(failure, address, firstLine(message));
            }
            if (cause instanceof SQLException sql) {
                DatabaseProblem known = ofSql(sql, failure, address);
                if (known != null) {
                    return known;
                }
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new DatabaseProblem(startingUp(failure), "base.autre", failure, address, firstLine(String.valueOf(root.getMessage())));
    }

    /** A PostgreSQL starting up (SQL state 57P03) answers soon. */
    private static boolean startingUp(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static DatabaseProblem ofSql(SQLException sql, Throwable failure, String address) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql.getErrorCode();
        if (state.startsWith("28") || state.equals("3D000")) {
            return new DatabaseProblem(state.equals("3D000") ? "base.inexistante" : "base.refusee", failure, address);
        }
        if (code == 90113 || code == 90114 || code == 90115 || state.equals("90113") || state.equals("90114")) {
            return new DatabaseProblem("base.option", failure, address, firstLine(sql.getMessage()));
        }
        if (code == 90097 || state.equals("25006")) {
            return new DatabaseProblem("base.lecture.seule", failure, address);
        }
        if (code == 90020) {
            return new DatabaseProblem("base.occupee", failure, address);
        }
        if (state.startsWith("08")) {
            return unreachable(failure, address, firstLine(sql.getMessage()));
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message.strip().split("\\R", 2)[0];
        line = line.replaceAll("\\s*\\[\\d{5}-\\d+]$", "");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
