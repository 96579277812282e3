package org.tresse.core.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Failures;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.outbox.OutboxRow;
import org.tresse.core.store.Database;

/**
 * Delivers one channel's outbox rows, oldest first, one at a time, within the channel's rate
 * limits. A conversation's messages keep their order: while one waits, later ones to the same
 * conversation wait too, but behind a failing message only for a bounded time ({@link RetryHold}).
 */
public final class ChannelWorker implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ChannelWorker.class);
    private static final int BATCH = 200;
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);

    private final Connector connector;
    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    private final Backoff backoff;
    private final Pacer pacer;
    private final SendingTurn turn;
    private final FileFallback files;
    private final UnrecordedResults unrecorded = new UnrecordedResults();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean running = true;
    private boolean wakeUpRequested;
    private long passesStarted;
    private long passesDone;

    public ChannelWorker(Connector connector, RateLimits limits, Database database, Outbox outbox, Clock clock, Backoff backoff,
            SendingTurn.Sharing sharing) {
        this.connector = connector;
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
        this.backoff = backoff;
        this.pacer = new Pacer(limits);
        this.turn = new SendingTurn(sharing, pacer, connector.channel());
        this.files = new FileFallback(connector, database, outbox);
    }

    public String channel() {
        return connector.channel();
    }

    @Override
    public void run() {
        Thread.currentThread().setName("tresse-delivery-" + channel());
        log.debug("Delivery worker for {} started", channel());
        while (running) {
            try {
                Instant nextLook = pass();
                waitUntil(nextLook);
            } catch (RuntimeException | Error e) {
                log.error("Delivery worker for {} failed; trying again shortly: {}", channel(), Failures.summary(e), Failures.traceOf(e));
                waitUntil(clock.instant().plus(IDLE_POLL));
            }
        }
        log.debug("Delivery worker for {} stopped", channel());
    }

    /** Delivers what is due; returns when to look again. */
    public Instant pass() {
        lock.lock();
        try {
            passesStarted++;
        } finally {
            lock.unlock();
        }
        Instant nextLook = clock.instant().plus(IDLE_POLL);
        if (!turn.begin(clock.instant())) {
            running = running && !Thread.currentThread().isInterrupted();
            signalPass();
            return nextLook;
        }
        if (!unrecorded.isEmpty()) {
            unrecorded.recordAll(this::record);
            log.info("The results kept while the database was away are recorded on {}", channel());
        }
        List<OutboxRow> rows = database.inTransaction(handle -> outbox.pending(handle, channel(), BATCH));
        Set<Long> mine = turn.claim(database, outbox, rows, clock.instant());
        Set<String> waiting = new HashSet<>();
        boolean delivered = false;
        for (OutboxRow row : rows) {
            if (!running || !turn.stillMine(clock.instant())) {
                break;
            }
            String conversation = row.outbound().destination().conversationKey();
            if (waiting.contains(conversation)) {
                continue;
            }
            Instant now = clock.instant();
            if (row.notBefore().isAfter(now)) {
                if (RetryHold.holdsConversation(row, backoff)) {
                    waiting.add(conversation);
                }
                nextLook = earlier(nextLook, row.notBefore());
                continue;
            }
            if (mine != null && !mine.contains(row.outbound().id())) {
                // another instance is sending it (its claim not expired yet): the conversation waits behind it
                waiting.add(conversation);
                continue;
            }
            Instant allowed = pacer.tryAcquire(row.outbound().destination(), now);
            if (allowed != null && !allowed.isAfter(pacer.overallNext())) {
                // the whole channel is at its limit: wait here for the slot, then go on with this batch
                waitUntil(allowed);
                if (!running) {
                    break;
                }
                allowed = pacer.tryAcquire(row.outbound().destination(), clock.instant());
            }
            if (allowed != null) {
                waiting.add(conversation);
                nextLook = earlier(nextLook, allowed);
                continue;
            }
            if (!deliver(row)) {
                // to be tried again: what follows in its conversation stays behind it (for a bounded time, RetryHold)
                waiting.add(conversation);
            }
            delivered = true;
        }
        signalPass();
        return delivered && rows.size() == BATCH ? clock.instant() : nextLook;
    }

    /** Delivers one row; true if it is settled (sent, or failed for good), false if it is to be tried again. */
    private boolean deliver(OutboxRow row) {
        DeliveryResult result = files.deliver(row, this::send);
        try {
            record(row, result);
        } catch (RuntimeException | Error e) {
            // sent, but not written: kept, so the next pass writes it instead of sending it again
            unrecorded.keep(row, result);
            throw e;
        }
        return result instanceof DeliveryResult.Sent || result instanceof DeliveryResult.Permanent;
    }

    private DeliveryResult send(Outbound outbound) {
        try {
            return connector.deliver(outbound);
        } catch (RuntimeException | Error e) {
            log.warn("Connector {} failed delivering outbox row {}: {}", channel(), outbound.id(), Failures.summary(e), Failures.traceOf(e));
            return new DeliveryResult.Transient(DeliveryFailure.Reason.CONNECTOR_ERROR);
        }
    }

    private void record(OutboxRow row, DeliveryResult result) {
        long id = row.outbound().id();
        Instant now = clock.instant();
        if (result instanceof DeliveryResult.Sent sent) {
            log.debug("Delivered outbox row {} on {}", id, channel());
            // not synced: the message is out whatever the disk keeps; a power cut may send it once more
            database.useTransactionUnsynced(handle -> outbox.delivered(handle, row, sent.messageId()));
        } else if (result instanceof DeliveryResult.RetryAfter retry) {
            Instant notBefore = now.plus(retry.delay());
            log.info("{} asked to wait {} before outbox row {}", channel(), retry.delay(), id);
            pacer.holdConversation(row.outbound().destination(), notBefore);
            database.useTransaction(handle -> outbox.retryLater(handle, id, notBefore,
                    DeliveryFailure.of(DeliveryFailure.Reason.RATE_LIMITED)));
        } else if (result instanceof DeliveryResult.Transient failure) {
            int attempt = row.attempts() + 1;
            if (attempt >= backoff.maxAttempts()) {
                log.warn("Giving up outbox row {} on {} after {} attempts: {}", id, channel(), attempt, failure.reason());
                database.useTransaction(handle -> outbox.givenUp(handle, row, failure.reason().afterAttempts(attempt)));
            } else {
                Duration wait = backoff.after(attempt);
                log.info("Outbox row {} on {} failed ({}), retrying in {}", id, channel(), failure.reason(), wait);
                database.useTransaction(handle -> outbox.retryLater(handle, id, now.plus(wait), failure.reason()));
            }
        } else if (result instanceof DeliveryResult.Permanent failure) {
            log.warn("Outbox row {} on {} failed for good: {}", id, channel(), failure.reason());
            database.useTransaction(handle -> outbox.givenUp(handle, row, failure.reason()));
        }
    }

    /** Look again now, rows were added. */
    public void wakeUp() {
        lock.lock();
        try {
            wakeUpRequested = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void stop() {
        running = false;
        wakeUp();
    }

    /** Waits until this worker has finished a pass that started after the call, or the timeout. */
    public boolean awaitPass(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long target = passesStarted + 1;
            wakeUpRequested = true;
            changed.signalAll();
            long remaining = timeout.toNanos();
            while (passesDone < target && remaining > 0 && running) {
                remaining = changed.awaitNanos(remaining);
            }
            return passesDone >= target;
        } finally {
            lock.unlock();
        }
    }

    private void signalPass() {
        lock.lock();
        try {
            passesDone++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void waitUntil(Instant instant) {
        lock.lock();
        try {
            while (running && !wakeUpRequested) {
                long nanos = Duration.between(clock.instant(), instant).toNanos();
                if (nanos <= 0) {
                    break;
                }
                changed.await(Math.min(nanos, IDLE_POLL.toNanos()), TimeUnit.NANOSECONDS);
            }
            wakeUpRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static Instant earlier(Instant first, Instant second) {
        return second.isBefore(first) ? second : first;
    }
}
