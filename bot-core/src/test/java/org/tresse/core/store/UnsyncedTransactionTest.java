package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.StoreKind;
import org.tresse.testkit.store.StoreTest;

/**
 * A transaction whose commit does not wait for the disk is a transaction all the same; on PostgreSQL it
 * waits as any other (a server crash must not lose a mark: its message would go out twice).
 */
@StoreTest
class UnsyncedTransactionTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();

    @Test
    void it_commits_what_it_wrote_and_undoes_it_if_it_throws() {
        Database database = db.database();
        database.useTransactionUnsynced(handle -> cursor(handle, "kept"));
        Throwable failure = catchThrowable(() -> database.useTransactionUnsynced(handle -> {
            cursor(handle, "undone");
            throw new IllegalStateException("the work failed");
        }));
        assertThat(failure).hasMessage("the work failed");
        List<String> kept = database.inTransaction(handle -> handle.list("select cursor_key from connector_cursor", row -> row.getString(1)));
        assertThat(kept).containsExactly("kept");
    }

    @Test
    void on_postgresql_it_waits_for_the_disk_as_any_other() {
        assumeTrue(db.kind() == StoreKind.POSTGRESQL, "synchronous_commit is PostgreSQL's");
        JdbcTarget target = db.target();
        // the tests' server commits asynchronously (it keeps nothing): these sessions wait, as on a production server
        String url = target.url() + (target.url().contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Don";
        try (Database database = Database.open(url, target.user(), target.password(), List.of())) {
            Setting before = setting(database);
            assertThat(before.value()).as("before").isEqualTo("on");
            Setting[] inside = new Setting[1];
            database.useTransactionUnsynced(handle -> {
                inside[0] = setting(handle);
                cursor(handle, "marked");
            });
            Setting after = setting(database);
            catchThrowable(() -> database.useTransactionUnsynced(handle -> {
                throw new IllegalStateException("rolled back");
            }));
            Setting afterRollback = setting(database);
            // the pool gives a thread back the connection it last had: the same session each time
            assertThat(List.of(inside[0].backend(), after.backend(), afterRollback.backend())).containsOnly(before.backend());
            assertThat(inside[0].value()).as("inside: a server crash keeps the mark").isEqualTo("on");
            assertThat(after.value()).as("the next transaction on that connection").isEqualTo("on");
            assertThat(afterRollback.value()).as("after a rollback").isEqualTo("on");
            long marked = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(marked).isEqualTo(1);
        }
    }

    /** A session's synchronous_commit, and which server process the session is. */
    private record Setting(String value, long backend) {}

    private static Setting setting(Handle handle) {
        return handle.one("select current_setting('synchronous_commit'), pg_backend_pid()",
                row -> new Setting(row.getString(1), row.getLong(2))).orElseThrow();
    }

    private static Setting setting(Database database) {
        return database.inTransaction(handle -> setting(handle));
    }

    private static void cursor(Handle handle, String key) {
        handle.update("insert into connector_cursor (channel, cursor_key, cursor_value, updated_at) values ('test', ?, 'v', ?)",
                key, Instant.now());
    }
}
