package org.tresse.core.lease;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * One duty only one instance may do at a time. A consumer asks {@link #await} before each round
 * and {@link #holds} before it acts on what it fetched; the term grows each time the lease changes
 * hands, so a consumer that gets a new term reads its cursor again (another may have moved it).
 */
public interface Lease {
    String name();

    /** Waits up to {@code max} until this instance holds the lease: its term, or empty if it does not. */
    OptionalLong await(Duration max) throws InterruptedException;

    /** Whether this instance still holds the lease in {@code term}, with time to spare. */
    boolean holds(long term);

    /** A lease always held: one instance alone (an embedded database, a test). */
    static Lease held(String name) {
        return new Lease() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public OptionalLong await(Duration max) {
                return OptionalLong.of(1);
            }

            @Override
            public boolean holds(long term) {
                return term == 1;
            }
        };
    }
}
