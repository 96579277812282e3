package org.tresse.core.lease.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tresse.core.lease.LeaseHolder;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The lease rows: taken, renewed, taken over once expired, given back. */
public final class LeaseStore {
    /** What a try gave: held in {@code term} until {@code until}, or held by {@code owner} until {@code until}. */
    public record Outcome(boolean held, String owner, long term, Instant until) {}

    /** Takes or renews {@code name} for {@code owner} until {@code until}, unless another holds it after {@code now}. */
    public Outcome acquire(Handle handle, String name, String owner, Instant now, Instant until) {
        Optional<LeaseHolder> row = locked(handle, name);
        if (row.isEmpty()) {
            if (handle.insertIfAbsent("lease", Columns.of("name", name), Columns.of("owner", owner).and("term", 1L)
                    .and("acquired_at", now).and("renewed_at", now).and("expires_at", until))) {
                return new Outcome(true, owner, 1, until);
            }
            row = locked(handle, name);
        }
        LeaseHolder holder = row.orElseThrow();
        if (holder.owner().equals(owner)) {
            handle.update("update lease set renewed_at = ?, expires_at = ? where name = ?", now, until, name);
            return new Outcome(true, owner, holder.term(), until);
        }
        if (!holder.expiresAt().isAfter(now)) {
            long term = holder.term() + 1;
            handle.update("update lease set owner = ?, term = ?, acquired_at = ?, renewed_at = ?, expires_at = ? where name = ?",
                    owner, term, now, now, until, name);
            return new Outcome(true, owner, term, until);
        }
        return new Outcome(false, holder.owner(), holder.term(), holder.expiresAt());
    }

    /** Gives {@code name} back (it expires now), if {@code owner} still holds it. */
    public void release(Handle handle, String name, String owner, Instant now) {
        handle.update("update lease set expires_at = ? where name = ? and owner = ?", now, name, owner);
    }

    public List<LeaseHolder> all(Handle handle) {
        return handle.list("select name, owner, term, expires_at from lease order by name", LeaseStore::holder);
    }

    private static Optional<LeaseHolder> locked(Handle handle, String name) {
        return handle.one("select name, owner, term, expires_at from lease where name = ? for update", LeaseStore::holder, name);
    }

    private static LeaseHolder holder(java.sql.ResultSet row) throws java.sql.SQLException {
        return new LeaseHolder(row.getString("name"), row.getString("owner"), row.getLong("term"), Handle.instant(row, "expires_at"));
    }
}
