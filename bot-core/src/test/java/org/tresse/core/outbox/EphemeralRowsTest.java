package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/** The receipts of anonymous voices and secret answers: sealed under a key of this run, unreadable by the next. */
@StoreTest
class EphemeralRowsTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    private final Instant start = Instant.parse("2024-03-02T09:00:00Z");
    private Database database;

    @BeforeEach
    void open() {
        database = db.database();
    }

    @Test
    void an_ephemeral_row_names_no_one_and_says_nothing_readable_and_the_next_run_drops_it() {
        Outbox before = new Outbox(Clock.fixed(start, ZoneOffset.UTC));
        Destination amel = new Destination.Room("console", "amel", RoomKind.PRIVATE);
        database.useTransaction(handle -> before.enqueue(handle, amel, Content.notice("Merci, avis anonyme"), Outbox.EPHEMERAL));
        database.useTransaction(handle -> before.enqueue(handle, amel, Content.notice("Bonjour"), null));

        assertThat(count("select count(*) from outbox where correlation = 'ephemeral' and (room is not null or recipient is not null "
                + "or content like '%Merci%' or content like '%amel%')")).isZero();
        List<OutboxRow> mine = database.inTransaction(handle -> before.pending(handle, "console", 10));
        assertThat(mine).extracting(row -> row.outbound().content().text()).containsExactly("Merci, avis anonyme", "Bonjour");
        assertThat(mine.get(0).outbound().destination()).isEqualTo(amel);

        Outbox after = new Outbox(Clock.fixed(start.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        List<OutboxRow> theirs = database.inTransaction(handle -> after.pending(handle, "console", 10));
        assertThat(theirs).extracting(row -> row.outbound().content().text()).containsExactly("Bonjour");
        assertThat(count("select count(*) from outbox")).as("another run's row is left to it for a while").isEqualTo(2);
        Outbox muchLater = new Outbox(Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        database.inTransaction(handle -> muchLater.pending(handle, "console", 10));
        assertThat(count("select count(*) from outbox")).as("then dropped: nobody can ever open it").isEqualTo(1);
    }

    private long count(String sql) {
        return database.inTransaction(handle -> handle.count(sql));
    }
}
