package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded H2 file (H2 only, as the other file tests): a transaction is synced to the disk
 * before it returns; one run with {@link Database#useTransactionUnsynced} is written, not synced.
 * The fsyncs are counted at the file ({@link SyncCountingFiles}).
 */
class UnsyncedCommitsTest {
    @TempDir
    Path directory;

    @Test
    void a_transaction_waits_for_the_disk_and_an_unsynced_one_does_not() {
        try (Database database = Database.open(SyncCountingFiles.url(directory.resolve("tresse")), "sa", "", List.of())) {
            long before = SyncCountingFiles.byThisThread();
            database.useTransaction(handle -> cursor(handle, "synced"));
            long synced = SyncCountingFiles.byThisThread();
            assertThat(synced - before).as("fsyncs of a transaction").isEqualTo(1);

            database.useTransactionUnsynced(handle -> cursor(handle, "unsynced"));
            assertThat(SyncCountingFiles.byThisThread() - synced).as("fsyncs of an unsynced transaction").isZero();
            long committed = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(committed).as("both committed").isEqualTo(2);
        }
    }

    private static void cursor(Handle handle, String key) {
        handle.update("insert into connector_cursor (channel, cursor_key, cursor_value, updated_at) values ('test', ?, 'v', ?)",
                key, Instant.now());
    }
}
