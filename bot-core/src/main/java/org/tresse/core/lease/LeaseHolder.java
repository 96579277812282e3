package org.tresse.core.lease;

import java.time.Instant;

/** Who holds a lease, as the database says: for the log and a status page. */
public record LeaseHolder(String name, String owner, long term, Instant expiresAt) {}
