package org.tresse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.tresse.core.channel.Receipt;
import org.tresse.core.groups.Group;
import org.tresse.core.groups.Groups;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.people.Role;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.store.CoreDatabase;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.LockWaits;
import org.tresse.testkit.store.StoreTest;

/** One transaction per event: inbound log, cursor, handler, replies; refusals undo the handler's writes. */
@StoreTest
class EngineTest {
    @RegisterExtension
    @Order(1)
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    @RegisterExtension
    @Order(2) // after the database: starts on it
    final NotingEngine tresse = new NotingEngine(db::database);

    @Test
    void a_redelivered_event_is_handled_once_and_answered_once() {
        Inbound inbound = message("e1", "hello").withCursor(new Cursor("offset", "2"));
        assertThat(tresse.engine.receive(inbound)).isEqualTo(Receipt.PROCESSED);
        assertThat(tresse.engine.receive(inbound)).isEqualTo(Receipt.DUPLICATE);
        assertThat(tresse.count("select count(*) from note")).isEqualTo(1);
        assertThat(tresse.count("select count(*) from outbox")).isEqualTo(1);
        assertThat(tresse.engine.cursor("telegram", "offset")).contains("2");
    }

    @Test
    void a_user_error_undoes_what_the_handler_wrote_and_answers_in_the_persons_language() {
        tresse.engine.receive(message("e2", "refuse"));
        assertThat(tresse.count("select count(*) from note")).isZero();
        assertThat(tresse.outboxTexts()).containsExactly("Message trop long : 2 caractères, le maximum est 1. Raccourcissez-le ou envoyez-le en plusieurs fois.");
        assertThat(tresse.count("select count(*) from inbound_log")).isEqualTo(1);
    }

    @Test
    void an_unexpected_failure_is_answered_generically_without_its_text() {
        tresse.engine.receive(message("e3", "crash"));
        assertThat(tresse.count("select count(*) from note")).isZero();
        assertThat(tresse.outboxTexts()).singleElement().asString().startsWith("Désolé").doesNotContain("secret internal detail");
    }

    @Test
    void a_stack_overflow_in_a_handler_is_this_messages_alone() {
        assertThat(tresse.engine.receive(message("e6", "overflow").withCursor(new Cursor("offset", "7")))).isEqualTo(Receipt.PROCESSED);
        assertThat(tresse.count("select count(*) from note")).isZero();
        assertThat(tresse.outboxTexts()).singleElement().asString().startsWith("Désolé");
        assertThat(tresse.engine.cursor("telegram", "offset")).contains("7");
        assertThat(tresse.engine.receive(message("e6", "overflow"))).isEqualTo(Receipt.DUPLICATE);
        assertThat(tresse.engine.receive(message("e7", "next"))).isEqualTo(Receipt.PROCESSED);
        assertThat(tresse.count("select count(*) from note")).isEqualTo(1);
    }

    @Test
    void a_failure_before_the_handler_is_recorded_as_handled_and_answered() {
        String tooLong = "9".repeat(400); // longer than an identity may be: the database refuses the sender
        Inbound poison = Inbound.text("telegram", "e8", "42", RoomKind.PRIVATE, new Identity("telegram", tooLong), "hello")
                .withCursor(new Cursor("offset", "9"));
        assertThat(tresse.engine.receive(poison)).isEqualTo(Receipt.PROCESSED);
        assertThat(tresse.engine.receive(poison)).isEqualTo(Receipt.DUPLICATE);
        assertThat(tresse.count("select count(*) from inbound_log where event_id = 'e8' and person_id is null")).isEqualTo(1);
        assertThat(tresse.engine.cursor("telegram", "offset")).contains("9");
        assertThat(tresse.outboxTexts()).singleElement().asString().startsWith("Désolé");
        assertThat(tresse.count("select count(*) from note")).isZero();
    }

    @Test
    void the_connectors_bookkeeping_is_committed_with_the_event_once_and_lost_with_it() {
        tresse.database.useTransaction(handle -> handle.update("create table ref (event_id varchar(20))"));
        Consumer<Handle> remember = handle -> handle.update("insert into ref (event_id) values ('e9')");
        assertThat(tresse.engine.receive(message("e9", "hello"), remember)).isEqualTo(Receipt.PROCESSED);
        assertThat(tresse.engine.receive(message("e9", "hello"), remember)).isEqualTo(Receipt.DUPLICATE);
        assertThat(tresse.count("select count(*) from ref")).isEqualTo(1);

        // bookkeeping that fails takes the whole transaction with it: nothing of it stays
        Consumer<Handle> broken = handle -> {
            handle.update("insert into ref (event_id) values ('e10')");
            throw new IllegalStateException("bookkeeping failed");
        };
        assertThat(tresse.engine.receive(message("e10", "hello"), broken)).isEqualTo(Receipt.PROCESSED);
        assertThat(tresse.count("select count(*) from ref where event_id = 'e10'")).isZero();
        assertThat(tresse.count("select count(*) from inbound_log where event_id = 'e10'")).isEqualTo(1);
    }

    @Test
    void two_first_messages_of_a_new_sender_at_once_are_both_handled() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Receipt> first = threads.submit(() -> tresse.engine.receive(message("e10", "hold")));
            assertThat(tresse.holding.await(30, TimeUnit.SECONDS)).isTrue();
            // the second waits on the person number the first drew and has not committed yet
            Future<Receipt> second = threads.submit(() -> tresse.engine.receive(message("e11", "second")));
            await().atMost(Duration.ofSeconds(30)).until(() -> tresse.database.inTransaction(handle -> LockWaits.at(handle.connection(), "update person_number")) > 0);
            tresse.release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(Receipt.PROCESSED);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(Receipt.PROCESSED);
        } finally {
            tresse.release.countDown();
            threads.shutdownNow();
        }
        assertThat(tresse.count("select count(*) from note")).isEqualTo(2);
        assertThat(tresse.count("select count(*) from inbound_log")).isEqualTo(2);
        assertThat(tresse.count("select count(*) from identity where external_id = '42'")).isEqualTo(1);
        assertThat(tresse.count("select count(*) from person")).isEqualTo(1);
    }

    @Test
    void text_with_control_characters_is_refused_before_any_handler() {
        assertThat(tresse.engine.receive(message("e4", "bad\u0000text"))).isEqualTo(Receipt.REJECTED);
        assertThat(tresse.count("select count(*) from note")).isZero();
        assertThat(tresse.outboxTexts()).singleElement().asString().contains("caractères invisibles");
    }

    @Test
    void a_first_contact_becomes_a_resident_and_the_first_console_person_admin() {
        tresse.engine.receive(message("e5", "hi"));
        tresse.engine.receive(Inbound.text("console", "c1", "ana", RoomKind.PRIVATE, new Identity("console", "ana"), "hi"));
        tresse.engine.receive(Inbound.text("console", "c2", "bob", RoomKind.PRIVATE, new Identity("console", "bob"), "hi"));
        long admins = tresse.count("select count(*) from person_role where role = 'ADMIN'");
        assertThat(admins).isEqualTo(1);
        Optional<Role> anaRole = tresse.database.inTransaction(handle -> tresse.core.people().findByIdentity(handle, new Identity("console", "ana"))
                .map(person -> tresse.core.people().highestRole(handle, person.id())));
        assertThat(anaRole).contains(Role.ADMIN);
        Optional<Boolean> telegramMember = tresse.database.inTransaction(handle -> tresse.core.people().findByIdentity(handle, new Identity("telegram", "42"))
                .map(person -> tresse.core.people().hasRole(handle, person.id(), Role.MEMBER, Optional.empty())));
        assertThat(telegramMember).contains(false);
    }

    private static Inbound message(String eventId, String text) {
        return Inbound.text("telegram", eventId, "42", RoomKind.PRIVATE, new Identity("telegram", "42"), text);
    }

    @Test
    void a_room_that_moves_keeps_its_group_and_a_second_notice_changes_nothing() {
        tresse.database.useTransaction(handle -> {
            tresse.core.groups().define(handle, new Group("ressourcerie", "Ressourcerie", true));
            tresse.core.groups().attachRoom(handle, "telegram", "-4012345678", "ressourcerie");
        });
        tresse.engine.roomMoved("telegram", "-4012345678", "-1009876543210");
        tresse.engine.roomMoved("telegram", "-4012345678", "-1009876543210");
        List<Groups.AttachedRoom> rooms = tresse.database.inTransaction(handle -> tresse.core.groups().rooms(handle, "ressourcerie"));
        assertThat(rooms).containsExactly(new Groups.AttachedRoom("telegram", "-1009876543210"));
        Optional<String> group = tresse.database.inTransaction(handle -> tresse.core.groups().groupOfRoom(handle, "telegram", "-1009876543210"));
        assertThat(group).contains("ressourcerie");
    }

}
