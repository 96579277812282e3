package org.tresse.core.people;

import org.tresse.core.store.Handle;

/**
 * What a feature does when two persons become one (identity linking): move its rows from
 * {@code from} to {@code into}, resolving conflicts (e.g. two votes on one poll: keep the latest).
 * Registered explicitly on {@link People}.
 */
@FunctionalInterface
public interface MergeStep {
    void merge(Handle handle, long from, long into);
}
