package org.tresse.core.schedule;

import org.tresse.core.store.Handle;

/** Runs a due job inside its own transaction; what it writes (outbox rows included) commits with it. */
@FunctionalInterface
public interface JobHandler {
    void run(Handle handle, Job job);
}
