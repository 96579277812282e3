package org.tresse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.Arrival;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * A batch of events (a getUpdates answer) in one transaction with its cursor: nothing of it is
 * committed until all of it is, a poison event in the middle is answered alone and the others go
 * through, and the batch given again (after a crash before the commit, or a redelivery) is handled
 * once.
 */
@StoreTest
class EngineBatchTest {
    @RegisterExtension
    @Order(1)
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    @RegisterExtension
    @Order(2) // after the database: starts on it
    final NotingEngine tresse = new NotingEngine(db::database);

    @Test
    void nothing_of_a_batch_is_committed_before_all_of_it_with_its_cursor_and_given_again_it_is_handled_once() throws Exception {
        List<Arrival> batch = List.of(arrival("u1", "42", "first"), arrival("u2", "43", "hold"), arrival("u3", "44", "third"));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<List<Receipt>> receipts = thread.submit(() -> tresse.engine.receiveAll("telegram", batch, new Cursor("offset", "5")));
            assertThat(tresse.holding.await(30, TimeUnit.SECONDS)).isTrue();
            // killed now, the file would hold none of it: the same batch is asked again from the old offset
            assertThat(tresse.count("select count(*) from note")).isZero();
            assertThat(tresse.count("select count(*) from inbound_log")).isZero();
            assertThat(tresse.count("select count(*) from outbox")).isZero();
            assertThat(tresse.engine.cursor("telegram", "offset")).isEmpty();
            tresse.release.countDown();
            assertThat(receipts.get(30, TimeUnit.SECONDS)).containsExactly(Receipt.PROCESSED, Receipt.PROCESSED, Receipt.PROCESSED);
        } finally {
            thread.shutdownNow();
        }
        assertThat(tresse.notes()).containsExactlyInAnyOrder("first", "hold", "third");
        assertThat(tresse.engine.cursor("telegram", "offset")).contains("5");
        assertThat(tresse.count("select count(*) from outbox")).isEqualTo(3);

        assertThat(tresse.engine.receiveAll("telegram", batch, new Cursor("offset", "5")))
                .containsExactly(Receipt.DUPLICATE, Receipt.DUPLICATE, Receipt.DUPLICATE);
        assertThat(tresse.count("select count(*) from note")).isEqualTo(3);
        assertThat(tresse.count("select count(*) from outbox")).isEqualTo(3);
    }

    @Test
    void a_poison_event_in_the_middle_is_answered_alone_and_the_others_of_its_batch_go_through() {
        List<Arrival> batch = List.of(arrival("u1", "42", "before"), arrival("u2", "43", "crash"), arrival("u3", "44", "refuse"),
                arrival("u4", "45", "overflow"), arrival("u5", "46", "after"));
        assertThat(tresse.engine.receiveAll("telegram", batch, new Cursor("offset", "6"))).containsOnly(Receipt.PROCESSED);
        assertThat(tresse.notes()).containsExactlyInAnyOrder("before", "after");
        assertThat(tresse.outboxTexts()).hasSize(5).contains("noted before", "noted after")
                .noneMatch(text -> text.contains("secret internal detail"));
        assertThat(tresse.outboxTexts().stream().filter(text -> text.startsWith("Désolé"))).hasSize(2);
        assertThat(tresse.count("select count(*) from inbound_log")).isEqualTo(5);
        assertThat(tresse.engine.cursor("telegram", "offset")).contains("6");
    }

    @Test
    void a_failure_outside_the_handlers_has_each_event_of_the_batch_received_alone() {
        String tooLong = "9".repeat(400); // longer than an identity may be: the database refuses the sender
        Arrival poison = new Arrival(Inbound.text("telegram", "u2", "43", RoomKind.PRIVATE, new Identity("telegram", tooLong), "poison")
                .withCursor(new Cursor("offset", "3")), handle -> {});
        Arrival brokenBookkeeping = new Arrival(inbound("u3", "44", "bookkept"), handle -> {
            throw new IllegalStateException("bookkeeping failed");
        });
        List<Arrival> batch = List.of(arrival("u1", "42", "before"), poison, brokenBookkeeping, arrival("u4", "45", "after"));

        assertThat(tresse.engine.receiveAll("telegram", batch, new Cursor("offset", "9"))).containsOnly(Receipt.PROCESSED);
        assertThat(tresse.notes()).containsExactlyInAnyOrder("before", "after");
        assertThat(tresse.count("select count(*) from inbound_log")).isEqualTo(4);
        assertThat(tresse.count("select count(*) from inbound_log where event_id in ('u2', 'u3') and person_id is null")).isEqualTo(1);
        assertThat(tresse.outboxTexts()).hasSize(4).contains("noted before", "noted after");
        assertThat(tresse.outboxTexts().stream().filter(text -> text.startsWith("Désolé"))).hasSize(2);
        assertThat(tresse.engine.cursor("telegram", "offset")).contains("9");
        assertThat(tresse.engine.receiveAll("telegram", batch, new Cursor("offset", "9"))).containsOnly(Receipt.DUPLICATE);
        assertThat(tresse.count("select count(*) from outbox")).isEqualTo(4);
    }

    private static Arrival arrival(String eventId, String sender, String text) {
        return new Arrival(inbound(eventId, sender, text), handle -> {});
    }

    private static Inbound inbound(String eventId, String sender, String text) {
        return Inbound.text("telegram", eventId, sender, RoomKind.PRIVATE, new Identity("telegram", sender), text)
                .withCursor(new Cursor("offset", Long.toString(Long.parseLong(eventId.substring(1)) + 1)));
    }

}
