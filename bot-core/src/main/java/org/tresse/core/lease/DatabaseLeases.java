package org.tresse.core.lease;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.lease.internal.LeaseStore;
import org.tresse.core.store.Database;

/**
 * Leases in the database, shared by every instance on it. One thread owned here renews the held
 * leases and tries the others every {@link LeaseSettings#renewEvery()}; each change of hands is
 * logged at INFO with the instance that holds the lease.
 */
public final class DatabaseLeases implements Leases {
    private static final Logger log = LoggerFactory.getLogger(DatabaseLeases.class);

    private final Database database;
    private final Clock clock;
    private final LeaseSettings settings;
    private final LeaseStore store = new LeaseStore();
    private final Map<String, SharedLease> leases = new ConcurrentHashMap<>();
    private final Map<String, String> told = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService renewer;
    private volatile boolean failing;

    public DatabaseLeases(Database database, Clock clock, LeaseSettings settings) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String instance() {
        return settings.instance();
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public Lease lease(String name) {
        SharedLease known = leases.get(name);
        if (known != null) {
            return known;
        }
        SharedLease lease = leases.computeIfAbsent(name, key -> new SharedLease(key, clock, this::tryIfIdle));
        tryNow();
        return lease;
    }

    @Override
    public java.time.Duration time() {
        return settings.time();
    }

    @Override
    public List<LeaseHolder> holders() {
        return database.inTransaction(store::all);
    }

    @Override
    public synchronized void start() {
        if (renewer != null) {
            return;
        }
        renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tresse-leases");
            thread.setDaemon(true);
            return thread;
        });
        renewer.scheduleWithFixedDelay(this::roundSafely, 0, settings.renewEvery().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Instance {} shares its database: leases of {} renewed every {} ms", instance(), settings.time(),
                settings.renewEvery().toMillis());
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = renewer;
        renewer = null;
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (SharedLease lease : leases.values()) {
            if (lease.heldNow()) {
                try {
                    database.useTransaction(handle -> store.release(handle, lease.name(), instance(), clock.instant()));
                    log.info("Instance {} gives lease {} back", instance(), lease.name());
                } catch (RuntimeException e) {
                    log.warn("Instance {} could not give lease {} back; it expires by itself: {}", instance(), lease.name(),
                            describe(e));
                }
            }
            lease.refused(null);
        }
    }

    /** One round now: renew what is held, try what is not. */
    public void round() {
        boolean changed = false;
        for (SharedLease lease : leases.values()) {
            changed |= renew(lease);
        }
        if (changed) {
            log.info("Leases as instance {} sees them: {}", instance(), status());
        }
    }

    private void tryIfIdle(SharedLease lease) {
        if (renewer == null) {
            try {
                renew(lease);
            } catch (RuntimeException e) {
                log.debug("Lease {} could not be tried: {}", lease.name(), describe(e));
            }
        }
    }

    /** Renews or tries one lease; true if it changed hands as this instance sees it. */
    private boolean renew(SharedLease lease) {
        Instant now = clock.instant();
        LeaseStore.Outcome outcome = database.inTransaction(handle ->
                store.acquire(handle, lease.name(), instance(), now, now.plus(settings.time())));
        if (outcome.held()) {
            boolean changedHands = lease.term() != outcome.term();
            lease.granted(outcome.term(), now.plus(settings.actFor()), instance());
            if (changedHands) {
                log.info("Instance {} holds lease {} (term {})", instance(), lease.name(), outcome.term());
                told.remove(lease.name());
            }
            return changedHands;
        } else {
            boolean wasHeld = lease.term() != 0;
            lease.refused(outcome.owner());
            if (wasHeld) {
                log.warn("Instance {} lost lease {}: {} holds it now", instance(), lease.name(), outcome.owner());
            }
            if (!Objects.equals(told.put(lease.name(), outcome.owner()), outcome.owner())) {
                log.info("Instance {} stands by for lease {}: {} holds it (until {})", instance(), lease.name(),
                        outcome.owner(), outcome.until());
                return true;
            }
            return wasHeld;
        }
    }

    private void roundSafely() {
        try {
            round();
            if (failing) {
                failing = false;
                log.info("Instance {} reaches the database again: leases renewed", instance());
            }
        } catch (RuntimeException | Error e) {
            // the held leases lapse by themselves (their holders stop acting); one line per outage, not per round
            if (!failing) {
                failing = true;
                log.warn("Instance {} cannot renew its leases (the database?): what they guard pauses until it can: {}",
                        instance(), describe(e));
            }
        }
    }

    /** The failure's deepest cause, in one short line (the lease package knows no channel helper). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip().replaceAll("\\s+", " ");
        String text = root.getClass().getSimpleName() + message;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private void tryNow() {
        ScheduledExecutorService running = renewer;
        if (running != null) {
            try {
                running.execute(this::roundSafely);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopping
            }
        }
    }
}
