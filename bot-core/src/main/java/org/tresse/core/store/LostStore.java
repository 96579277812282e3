package org.tresse.core.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded H2 lost for good while running (its disk full or its file broken: H2 closes it and
 * nothing can be written until a restart): noticed once, said once, told to the listeners once.
 */
final class LostStore {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** H2's lock timeout, deadlock and concurrent update: the store is fine, another transaction held a row. */
    private static final List<Integer> WAITED = List.of(50200, 40001, 90131);

    private final String url;
    private final List<Consumer<DatabaseProblem>> listeners = new CopyOnWriteArrayList<>();
    private volatile DatabaseProblem lost;
    /** Set when Tresse closes the database: a failure after that is the stop, not a loss. */
    private volatile boolean closing;

    LostStore(String url) {
        this.url = url;
    }

    void onLost(Consumer<DatabaseProblem> listener) {
        listeners.add(listener);
    }

    /** The problem once lost, else null. */
    DatabaseProblem lost() {
        return lost;
    }

    /** From now on the store closes because Tresse stops: work still finishing sees it closed. */
    void closing() {
        closing = true;
    }

    /** Records the loss if {@code failure} is one (said and told once). */
    void check(Throwable failure) {
        if (lost != null || closing || !isLost(failure)) {
            return;
        }
        synchronized (this) {
            if (lost != null) {
                return;
            }
            DatabaseProblem problem = DatabaseProblem.of(failure, url);
            boolean diskFull = problem.key().equals("base.disque.plein");
            Object reason = diskFull ? "disk full" : problem.arguments().length > 1 ? problem.arguments()[1] : problem.key();
            lost = new DatabaseProblem(diskFull ? "base.perdue.disque" : "base.perdue", failure, JdbcUrl.redact(url), reason);
        }
        log.error("The database {} is lost ({}): nothing more can be recorded until a restart", JdbcUrl.redact(url), lost.arguments()[1]);
        listeners.forEach(listener -> listener.accept(lost));
    }

    /**
     * Whether the failure is H2 closing the store (an I/O failure such as a full disk, a broken
     * file, the store closed under us): nothing can be written until a restart, and it is nobody's
     * message's fault.
     */
    static boolean isLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && WAITED.contains(sql.getErrorCode())) {
                // a lock waited for too long (its cause is H2's MVStoreException): that transaction only fails
                return false;
            }
            if (cause instanceof SQLException sql && List.of(90098, 90028, 90031, 90030, 90121, 90108).contains(sql.getErrorCode())) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException") || message.contains("no space left")) {
                return true;
            }
        }
        return false;
    }
}
