package org.tresse.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.lease.Leases;
import org.tresse.core.lease.LocalLeases;
import org.tresse.core.outbox.internal.ChannelWorker;
import org.tresse.core.outbox.internal.SendingTurn;
import org.tresse.core.store.Database;

/** The delivery workers: one thread per channel, owned here, stopped in {@link #stop()}. */
public final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    private final Backoff backoff;
    private final Leases leases;
    private final Map<String, ChannelWorker> workers = new LinkedHashMap<>();
    private ExecutorService threads;

    /** The only instance on its database: it sends on every channel. */
    public Delivery(Database database, Outbox outbox, Clock clock, Backoff backoff) {
        this(database, outbox, clock, backoff, new LocalLeases("local"));
    }

    /**
     * On a database several instances may share: one at a time sends on each channel (lease
     * {@code delivery:CHANNEL}), so the channel's limits and each conversation's order hold across
     * instances, and claims its rows before sending them.
     */
    public Delivery(Database database, Outbox outbox, Clock clock, Backoff backoff, Leases leases) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
        this.backoff = backoff;
        this.leases = leases;
        outbox.onWakeUp(this::wakeUp);
    }

    /** Adds a channel, with its capabilities' limits replaced by any non-null {@code overrides}. */
    public synchronized void add(Connector connector, RateLimits overrides) {
        if (threads != null) {
            throw new IllegalStateException("add channels before start()");
        }
        RateLimits limits = connector.capabilities().rateLimits().overriddenBy(overrides);
        workers.put(connector.channel(), new ChannelWorker(connector, limits, database, outbox, clock, backoff,
                SendingTurn.Sharing.of(leases, connector.channel())));
    }

    public synchronized void start() {
        threads = Executors.newFixedThreadPool(Math.max(1, workers.size()), runnable -> {
            Thread thread = new Thread(runnable, "tresse-delivery");
            thread.setDaemon(false);
            return thread;
        });
        workers.values().forEach(threads::execute);
        log.info("Delivery started for {}", workers.keySet());
    }

    /**
     * Delivers what is due on {@code channel} on the calling thread, without waiting for rate
     * limits: for tests and tools, only while {@link #start()} has not been called.
     */
    public synchronized void deliverNow(String channel) {
        if (threads != null) {
            throw new IllegalStateException("deliverNow is for a delivery that is not started");
        }
        ChannelWorker worker = workers.get(channel);
        if (worker != null) {
            worker.pass();
        }
    }

    public void wakeUp() {
        workers.values().forEach(ChannelWorker::wakeUp);
    }

    /**
     * Waits until {@code channel} has nothing due left to send (scheduled rows excepted), or the
     * timeout; true if it is idle.
     */
    public boolean awaitIdle(String channel, Duration timeout) {
        ChannelWorker worker = workers.get(channel);
        if (worker == null) {
            return true;
        }
        Instant deadline = clock.instant().plus(timeout);
        try {
            while (clock.instant().isBefore(deadline)) {
                if (dueCount(channel) == 0) {
                    return true;
                }
                worker.awaitPass(Duration.between(clock.instant(), deadline));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dueCount(channel) == 0;
    }

    private long dueCount(String channel) {
        return database.inTransaction(handle -> handle.count(
                "select count(*) from outbox where channel = ? and status = 'PENDING' and not_before <= ?",
                channel, clock.instant()));
    }

    /** Stops every worker after the message it is sending, and waits for them. */
    public synchronized void stop() {
        workers.values().forEach(ChannelWorker::stop);
        if (threads != null) {
            threads.shutdown();
            try {
                if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                    log.warn("Delivery workers still busy after 30 s; interrupting");
                    threads.shutdownNow();
                }
            } catch (InterruptedException e) {
                threads.shutdownNow();
                Thread.currentThread().interrupt();
            }
            threads = null;
        }
        log.info("Delivery stopped");
    }
}
