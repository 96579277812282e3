package org.tresse.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.Failures;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;

/**
 * Timed work (poll deadlines, reminders, scheduled announcements, digests). Due times are rows,
 * so they survive a restart; work that fell due while Tresse was down runs at start-up. Time
 * comes from the injected clock, so tests move it and call {@link #runDue()}. Instances sharing a
 * database each run the scheduler: a job is claimed in the transaction that runs it ({@code select
 * … for update skip locked}, then {@code done_at}), so it runs once, and again only if that
 * transaction rolled back (its instance died).
 */
public final class Scheduler {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    private static final int MAX_ATTEMPTS = 10;

    private final Database database;
    private final Clock clock;
    private final Outbox outbox;
    private final Duration tick;
    private final Supplier<Map<String, JobHandler>> handlers;
    private ScheduledExecutorService timer;

    /**
     * @param handlers what runs each job kind: the features' contributions, asked for when jobs run
     */
    public Scheduler(Database database, Clock clock, Outbox outbox, Duration tick, Supplier<Map<String, JobHandler>> handlers) {
        this.database = database;
        this.clock = clock;
        this.outbox = outbox;
        this.tick = tick;
        this.handlers = handlers;
    }

    /** Schedules work inside the caller's transaction; returns the job id. */
    public long schedule(Handle handle, String kind, String reference, Instant dueAt) {
        return handle.insert("insert into scheduled_job (kind, reference, due_at, attempts) values (?, ?, ?, 0)",
                kind, reference, dueAt);
    }

    /** Cancels the pending jobs of a kind about a reference; returns how many. */
    public int cancel(Handle handle, String kind, String reference) {
        return handle.update("delete from scheduled_job where kind = ? and reference = ? and done_at is null", kind, reference);
    }

    /** The pending jobs of a kind about a reference. */
    public List<Job> pending(Handle handle, String kind, String reference) {
        return handle.list("select * from scheduled_job where kind = ? and reference = ? and done_at is null order by due_at",
                row -> new Job(row.getLong("id"), row.getString("kind"), row.getString("reference"),
                        Handle.instant(row, "due_at"), row.getInt("attempts")), kind, reference);
    }

    /** Runs every job that is due now, each in its own transaction; returns how many ran. */
    public synchronized int runDue() {
        List<Job> due = database.inTransaction(handle -> handle.list(
                "select * from scheduled_job where done_at is null and due_at <= ? order by due_at, id fetch first 500 rows only",
                row -> new Job(row.getLong("id"), row.getString("kind"), row.getString("reference"),
                        Handle.instant(row, "due_at"), row.getInt("attempts")),
                clock.instant()));
        int ran = 0;
        for (Job job : due) {
            if (runOne(job)) {
                ran++;
            }
        }
        if (ran > 0) {
            outbox.wakeUp();
        }
        return ran;
    }

    private boolean runOne(Job job) {
        JobHandler handler = handlers.get().get(job.kind());
        try {
            return database.inTransaction(handle -> {
                // another instance running it holds the row: skip it rather than wait, it is done once either way
                boolean mine = handle.one("select id from scheduled_job where id = ? and done_at is null for update skip locked",
                        row -> row.getLong(1), job.id()).isPresent();
                if (mine && handle.update("update scheduled_job set done_at = ? where id = ?", clock.instant(), job.id()) == 1) {
                    if (handler == null) {
                        throw new IllegalStateException("no handler for job kind " + job.kind());
                    }
                    handler.run(handle, job);
                    return true;
                }
                return false;
            });
        } catch (RuntimeException | Error e) {
            int attempts = job.attempts() + 1;
            log.error("Job {} ({} {}) failed, attempt {}: {}", job.id(), job.kind(), job.reference(), attempts, Failures.summary(e),
                    Failures.traceOf(e));
            Instant retryAt = clock.instant().plus(Duration.ofMinutes(attempts));
            String reason = e.getClass().getSimpleName();
            database.useTransaction(handle -> handle.update(
                    "update scheduled_job set attempts = ?, due_at = ?, last_error = ?, done_at = ? where id = ?",
                    attempts, retryAt, reason, attempts >= MAX_ATTEMPTS ? clock.instant() : null, job.id()));
            return false;
        }
    }

    /** Runs late work now, then looks for due work every tick on a thread owned here. */
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "tresse-scheduler"));
        timer.scheduleWithFixedDelay(this::tickSafely, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Scheduler started, {} job kinds", handlers.get().size());
    }

    private void tickSafely() {
        try {
            runDue();
        } catch (RuntimeException | Error e) {
            // a failed tick must not end the timer: scheduleWithFixedDelay stops for good on a throw
            log.error("Scheduler tick failed: {}", Failures.summary(e), Failures.traceOf(e));
        }
    }

    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                    timer.shutdownNow();
                }
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
            }
            timer = null;
            log.info("Scheduler stopped");
        }
    }
}
