package org.tresse.core.lease;

import java.util.List;

/**
 * This instance's leases. {@link LocalLeases} when it is alone on its database (every lease held,
 * nothing written), {@link DatabaseLeases} when instances share one.
 */
public interface Leases {
    /** This instance's name, as lease owner and in the log. */
    String instance();

    /** Whether other instances may share the database (outbox rows are then claimed before they are sent). */
    boolean shared();

    /** How long a lease (and an outbox claim) lasts unless renewed. */
    java.time.Duration time();

    /** The lease of that name (one object per name); renewed from {@link #start()} while this instance wants it. */
    Lease lease(String name);

    /** Who holds each lease this instance knows of, as the database says. */
    List<LeaseHolder> holders();

    /** One line for the log or a status page: each lease and who holds it. */
    default String status() {
        List<LeaseHolder> holders = holders();
        if (holders.isEmpty()) {
            return instance() + ": no lease yet";
        }
        return String.join(", ", holders.stream().map(holder -> holder.name() + " → " + holder.owner()
                + (holder.expiresAt().equals(java.time.Instant.MAX) ? "" : " (term " + holder.term() + ")")).toList());
    }

    void start();

    /** Stops renewing and gives the held leases back, so another instance takes over at once. */
    void stop();
}
