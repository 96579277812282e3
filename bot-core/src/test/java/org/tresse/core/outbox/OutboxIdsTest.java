package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreKind;
import org.tresse.testkit.store.StoreTest;

/**
 * Outbox ids (V17_4): on H2 a batch of replies takes its ids without H2 committing its store in
 * between (it did at every 32nd row, the batch's uncommitted rows with it); everywhere the ids
 * follow the order the rows are written in, also from two transactions at once (the order rows of
 * one conversation are delivered in).
 */
@StoreTest
class OutboxIdsTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    private final Outbox outbox = new Outbox(Clock.systemUTC());

    private long reply(Handle handle, String to) {
        return outbox.enqueue(handle, new Destination.Room("telegram", to, RoomKind.GROUP), Content.notice("Vote enregistré"), "poll:1");
    }

    @Test
    void a_batch_of_a_hundred_replies_takes_its_ids_without_a_commit_of_the_store_in_between(@TempDir Path directory) {
        if (db.kind() != StoreKind.H2) {
            return;
        }
        // an H2 file, as Tresse runs it: an in-memory store counts no commits
        try (Database file = Database.open("jdbc:h2:file:" + directory.resolve("tresse"), "sa", "", List.of())) {
            // the first id reserves the next ones (H2 writes its sequence down then, once per reserve)
            file.useTransaction(handle -> reply(handle, "-1000"));
            List<Long> versions = versionsAround(file);
            assertThat(versions.get(1)).as("H2's store version after 100 rows of one open transaction").isEqualTo(versions.get(0));
        }
    }

    /** The store's version before and after a hundred replies written in one transaction. */
    private List<Long> versionsAround(Database database) {
        return database.inTransaction(handle -> {
            List<Long> seen = new ArrayList<>();
            seen.add(storeVersion(handle));
            for (int reply = 0; reply < 100; reply++) {
                reply(handle, "-100" + reply);
            }
            seen.add(storeVersion(handle));
            return seen;
        });
    }

    @Test
    void ids_follow_the_order_rows_are_written_in_across_two_open_transactions() throws Exception {
        List<Long> written = new ArrayList<>();
        Database database = db.database();
        database.useTransaction(first -> {
            written.add(reply(first, "-1001"));
            // a second transaction, on another connection, writes while the first is still open
            Thread other = new Thread(() -> database.useTransaction(second -> {
                for (int reply = 0; reply < 3; reply++) {
                    written.add(reply(second, "-1002"));
                }
            }));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            written.add(reply(first, "-1001"));
        });
        assertThat(written).hasSize(5).isSorted().doesNotHaveDuplicates();
    }

    private static long storeVersion(Handle handle) {
        try {
            MVStore store = ((SessionLocal) handle.connection().unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            return store.getCurrentVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
