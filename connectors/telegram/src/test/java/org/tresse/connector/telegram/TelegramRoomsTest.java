package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.testkit.TestDatabase;

/** Which groups the bot listens to: the configured rooms, followed through migrations; private chats always. */
class TelegramRoomsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long CAFE = -1001234567890L;
    private static final long OLD_RESSOURCERIE = -4012345678L;

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private FakeBotApi server;
    private TelegramConnector connector;
    private final RecordingSink sink = new RecordingSink();
    private LogCapture logs;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        logs = new LogCapture();
    }

    @AfterEach
    void tearDown() {
        if (connector != null) {
            connector.stop();
        }
        server.close();
        logs.close();
    }

    private void start(Set<Long> rooms) {
        connector = new TelegramConnector(TelegramPollingTest.options(server).withRooms(rooms),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), Clock.systemUTC());
        sink.store = db.database();
        connector.start(sink);
    }

    @Test
    void messagesOfAGroupNotConfiguredOnlyMoveTheCursorAndTheGroupIsLoggedOnce() {
        server.addUpdate(Fixtures.update("unknown-group-command", 10020));
        server.addUpdate(Fixtures.update("unknown-group-command", 10021));
        server.addUpdate(Fixtures.update("bot-added-to-unknown-group", 10022));
        server.addUpdate(Fixtures.update("group-command", 10023));
        server.addUpdate(Fixtures.update("private-command", 10024));
        start(Set.of(CAFE));

        await().atMost(WAIT).until(() -> "10025".equals(sink.cursors.get("offset")));
        await().atMost(WAIT).until(() -> server.highestConfirmed() == 10024);

        assertThat(sink.eventIds()).containsExactly("u10023", "u10024");
        assertThat(server.calls("sendMessage")).isEmpty();
        long unknownRefs = db.database().inTransaction(handle -> handle.count(
                "select count(*) from telegram_message_ref where chat_id = -1005555555555"));
        assertThat(unknownRefs).isZero();
        assertThat(logs.events()).filteredOn(event -> event.getLevel() == Level.INFO)
                .extracting(event -> event.getFormattedMessage())
                .filteredOn(message -> message.contains("not in channels.telegram.rooms"))
                .hasSize(2)
                .anyMatch(message -> message.contains("-1005555555555") && message.contains("Chorale du village"))
                .anyMatch(message -> message.contains("-4098765432") && message.contains("Jardin partagé"));
        assertThat(logs.lines()).noneMatch(line -> line.contains("AAFakeSecretTokenValue"));
        assertThat(logs.events()).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void withNoRoomConfiguredEveryGroupIsHeard() {
        server.addUpdate(Fixtures.update("unknown-group-command", 10020));
        server.addUpdate(Fixtures.update("small-group-text", 10021));
        start(Set.of());

        await().atMost(WAIT).until(() -> sink.received.size() == 2);
        assertThat(sink.received).extracting(Inbound::room).containsExactly("-1005555555555", "-4012345678");
        assertThat(logs.contains(Level.INFO, "every group the bot is in is listened to")).isTrue();
    }

    @Test
    void aButtonPressInAGroupNotConfiguredIsStillHeard() {
        server.addUpdate(Fixtures.update("callback-query", 10004));
        start(Set.of(-1005555555555L));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        assertThat(sink.received.get(0).payload()).isEqualTo(new Payload.ButtonPress("v:7:2"));
    }

    @Test
    void aConfiguredGroupUpgradedToASupergroupIsHeardUnderItsNewIdEvenAfterARestart() {
        server.addUpdate(Fixtures.update("migrate-to", 10007));
        server.addUpdate(Fixtures.update("migrate-from", 10008));
        server.addUpdate(Fixtures.update("supergroup-command", 10009));
        start(Set.of(OLD_RESSOURCERIE));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        assertThat(sink.received.get(0).room()).isEqualTo("-1009876543210");
        assertThat(sink.received.get(0).payload()).isEqualTo(new Payload.Text("/aide"));

        connector.stop();
        server.addUpdate(Fixtures.update("supergroup-command", 10010));
        start(Set.of(OLD_RESSOURCERIE));

        await().atMost(WAIT).until(() -> sink.received.size() == 2);
        assertThat(sink.eventIds()).containsExactly("u10009", "u10010");
        assertThat(logs.events()).noneMatch(event -> event.getFormattedMessage().contains("not in channels.telegram.rooms"));
    }
}
