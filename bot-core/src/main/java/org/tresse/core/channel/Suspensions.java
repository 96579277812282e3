package org.tresse.core.channel;

import java.time.Instant;
import java.util.List;
import org.tresse.core.store.Handle;

/**
 * Addresses a channel no longer sends newsletters and announcements to, after repeated permanent
 * failures (mail that bounced): for the coordination to see, and to lift once an address works
 * again. The channel that keeps them implements it (the email connector); its table stays its own.
 */
public interface Suspensions {
    /**
     * One suspended address.
     *
     * @param failures   the permanent failures counted
     * @param lastStatus the last failure's status, e.g. {@code 5.1.1}
     */
    record Suspended(String channel, String address, int failures, String lastStatus, Instant lastFailureAt) {}

    /** Every suspended address, the most recent first. */
    List<Suspended> suspended(Handle handle);

    /** Lifts the suspension of {@code address} and forgets its failures; false if it was not suspended. */
    boolean lift(Handle handle, String address);
}
