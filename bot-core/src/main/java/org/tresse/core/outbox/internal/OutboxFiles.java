package org.tresse.core.outbox.internal;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.tresse.core.store.Handle;

/**
 * The files outbox rows carry ({@code outbox_file}): stored once in the transaction that writes the
 * rows, base64 in the database (so every instance sharing it can send them), read back one at a time
 * just before a delivery, deleted once no pending row carries them.
 */
public final class OutboxFiles {
    private final Clock clock;

    public OutboxFiles(Clock clock) {
        this.clock = clock;
    }

    /** Stores a file; returns its id, for the rows carrying it. */
    public long store(Handle handle, byte[] bytes) {
        return handle.insert("insert into outbox_file (byte_count, data, created_at) values (?, ?, ?)", bytes.length,
                Base64.getEncoder().encodeToString(bytes), clock.instant());
    }

    /** The bytes of the file outbox row {@code rowId} carries; empty if it carries none (or it was deleted). */
    public Optional<byte[]> ofRow(Handle handle, long rowId) {
        return handle.one("select f.data from outbox o join outbox_file f on f.id = o.file_id where o.id = ?",
                row -> Base64.getDecoder().decode(row.getString(1)), rowId);
    }

    /** The row no longer carries its file (sent without it). */
    public void detach(Handle handle, long rowId) {
        handle.update("update outbox set file_id = null where id = ?", rowId);
        forgetUnused(handle);
    }

    /**
     * Deletes the files no pending row carries. A file is written with its rows in one transaction, so a
     * file this cannot see yet is one it cannot delete either; two rows settled at once by two instances
     * may each see the other still pending: the next call deletes their file.
     */
    public int forgetUnused(Handle handle) {
        return handle.update("delete from outbox_file where not exists (select 1 from outbox o where o.file_id = outbox_file.id "
                + "and o.status = 'PENDING')");
    }
}
