package org.tresse.core.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Handle;

/**
 * When coordinators are next told of new voices: one job at the next multiple of the period, so
 * a job row never dates a voice.
 */
public final class VoiceBatchSchedule {
    /** The job kind of the batch; the voices feature runs it. */
    public static final String KIND = "voice.announce";
    private static final String REFERENCE = "batch";

    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration every;

    public VoiceBatchSchedule(Scheduler scheduler, Clock clock, Duration every) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.every = every;
    }

    /** Makes sure a batch is due at the next multiple of the period. */
    public void ensureScheduled(Handle handle) {
        if (scheduler.pending(handle, KIND, REFERENCE).isEmpty()) {
            scheduleNext(handle);
        }
    }

    /** Schedules the next batch (from inside the running one). */
    public void scheduleNext(Handle handle) {
        long period = every.toMillis();
        long now = clock.millis();
        scheduler.schedule(handle, KIND, REFERENCE, Instant.ofEpochMilli((now / period + 1) * period));
    }
}
