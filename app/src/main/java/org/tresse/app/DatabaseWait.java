package org.tresse.app;

import java.io.PrintStream;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.store.Database;
import org.tresse.core.store.DatabaseProblem;

/**
 * Opening the database at start, waiting while it cannot be reached (a PostgreSQL that starts after
 * Tresse, a network cut): tried again after 1 s, then 2, 4… up to once a minute. Said once on the
 * terminal; logged when the wait grows, then once every ten minutes: no crash loop, no flood.
 * Anything else (a refused password, a server too old, a failed migration) is thrown at once.
 */
final class DatabaseWait {
    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);

    /** The waits between tries. */
    record Backoff(Duration first, Duration max) {
        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /** A stop was asked while waiting for the database. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped while waiting for the database");
        }
    }

    private DatabaseWait() {}

    /**
     * @throws Stopped when {@code stop} is counted down while waiting
     */
    static Database open(Supplier<Database> opener, String url, CountDownLatch stop, Backoff backoff, PrintStream terminal) {
        Duration wait = backoff.first();
        long tries = 0;
        long lastLogged = 0;
        while (true) {
            try {
                Database database = opener.get();
                if (tries > 0) {
                    log.info("The database {} answers after {} tries", Database.redact(url), tries + 1);
                    terminal.println(CliTexts.both("base.revenue", Database.redact(url)));
                }
                return database;
            } catch (RuntimeException e) {
                if (!unreachable(e)) {
                    throw e;
                }
                tries++;
                if (tries == 1) {
                    terminal.println(CliTexts.both("base.attente", Database.redact(url), wait.toSeconds() == 0 ? 1 : wait.toSeconds()));
                }
                long now = System.nanoTime();
                boolean growing = wait.compareTo(backoff.max()) < 0;
                if (tries == 1 || growing || now - lastLogged >= TimeUnit.MINUTES.toNanos(10)) {
                    log.warn("The database {} cannot be reached ({}); trying again in {} s (try {})", Database.redact(url),
                            cause(e), wait.toSeconds(), tries);
                    lastLogged = now;
                }
            }
            try {
                if (stop.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new Stopped();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            Duration doubled = wait.multipliedBy(2);
            wait = doubled.compareTo(backoff.max()) > 0 ? backoff.max() : doubled;
        }
    }

    /** A connection that could not be made (refused, timed out, the server starting or going down): worth waiting for. */
    static boolean unreachable(Throwable failure) {
        if (failure instanceof DatabaseProblem problem) {
            // named already: it says (an unknown driver, whose SQL state is also 08001, does not wait)
            return problem.worthWaiting();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P03"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
