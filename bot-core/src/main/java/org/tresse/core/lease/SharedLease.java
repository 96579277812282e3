package org.tresse.core.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A lease as this instance sees it between two renewals: held in a term until an instant, or not. */
final class SharedLease implements Lease {
    private final String name;
    private final Clock clock;
    private final java.util.function.Consumer<SharedLease> whenIdle;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile long term;
    private volatile Instant actUntil = Instant.MIN;
    private volatile String holder;

    /** @param whenIdle tries the lease on the caller's thread when no renewal thread runs (tools, tests) */
    SharedLease(String name, Clock clock, java.util.function.Consumer<SharedLease> whenIdle) {
        this.name = name;
        this.clock = clock;
        this.whenIdle = whenIdle;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionalLong await(Duration max) throws InterruptedException {
        if (heldNow()) {
            return OptionalLong.of(term);
        }
        whenIdle.accept(this);
        long remaining = max.toNanos();
        lock.lock();
        try {
            while (!heldNow() && remaining > 0) {
                remaining = changed.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(500)));
            }
            return heldNow() ? OptionalLong.of(term) : OptionalLong.empty();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean holds(long term) {
        return term != 0 && this.term == term && heldNow();
    }

    boolean heldNow() {
        return term != 0 && clock.instant().isBefore(actUntil);
    }

    long term() {
        return term;
    }

    String holder() {
        return holder;
    }

    /** A renewal (or a takeover) committed: held in {@code term} until {@code until}. */
    void granted(long term, Instant until, String owner) {
        lock.lock();
        try {
            this.term = term;
            this.actUntil = until;
            this.holder = owner;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Another instance holds it (or it was given back): not held. */
    void refused(String owner) {
        lock.lock();
        try {
            this.term = 0;
            this.actUntil = Instant.MIN;
            this.holder = owner;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
