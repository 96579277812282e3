package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class TelegramPollingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

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

    static TelegramOptions options(FakeBotApi server) {
        return TelegramOptions.of(FakeBotApi.TOKEN, server.baseUrl())
                .withUsername("TresseBot")
                .withPollTimeout(Duration.ofSeconds(1))
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    private void start(TelegramOptions options) {
        connector = new TelegramConnector(options, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                db.database(), Clock.systemUTC());
        sink.store = db.database();
        connector.start(sink);
    }

    @Test
    void aPrivateCommandIsReceivedThenAcknowledged() {
        server.addUpdate(Fixtures.update("private-command", 10000));
        start(options(server));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        Inbound inbound = sink.received.get(0);
        assertThat(inbound.payload()).isEqualTo(new Payload.Text("/aide"));
        await().atMost(WAIT).until(() -> server.offsetsAsked().contains(10001L));
        assertThat(server.offsetsAsked()).startsWith(0L);
        assertThat(sink.cursors).containsEntry("offset", "10001");
    }

    @Test
    void anUpdateIsAcknowledgedOnlyAfterTheEngineReturned() {
        AtomicLong confirmedDuringReceive = new AtomicLong(Long.MAX_VALUE);
        sink.duringReceive = () -> confirmedDuringReceive.set(server.highestConfirmed());
        server.addUpdate(Fixtures.update("private-command", 10000));
        start(options(server));

        await().atMost(WAIT).until(() -> server.highestConfirmed() == 10000);
        assertThat(confirmedDuringReceive.get()).isLessThan(10000);
    }

    @Test
    void whenTheEngineFailsTheUpdateIsAskedAgainUntilStored() {
        sink.failuresLeft.set(2);
        server.addUpdate(Fixtures.update("private-command", 10000));
        server.addUpdate(Fixtures.update("group-command", 10001));
        start(options(server));

        await().atMost(WAIT).until(() -> sink.received.size() == 2);
        assertThat(sink.eventIds()).containsExactly("u10000", "u10001");
        assertThat(sink.receiveCalls.get()).isEqualTo(4);
        List<Long> asked = server.offsetsAsked();
        assertThat(asked.subList(0, 3)).containsOnly(0L);
        assertThat(server.highestConfirmed()).isLessThanOrEqualTo(10001);
        assertThat(logs.contains(Level.ERROR, "could not be stored")).isTrue();
    }

    @Test
    void pollingResumesFromTheCommittedCursor() {
        sink.cursors.put("offset", "10001");
        server.addUpdate(Fixtures.update("private-command", 10000));
        server.addUpdate(Fixtures.update("group-command", 10001));
        start(options(server));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        assertThat(sink.eventIds()).containsExactly("u10001");
        assertThat(server.offsetsAsked().get(0)).isEqualTo(10001L);
    }

    @Test
    void updatesOfOtherKindsMoveTheCursorWithoutError() {
        String[] ignored = {"sticker", "photo", "edited-message", "new-chat-members", "my-chat-member", "future-kind",
                "channel-post", "group-command-other-bot"};
        for (int index = 0; index < ignored.length; index++) {
            server.addUpdate(Fixtures.update(ignored[index], 20000 + index));
        }
        start(options(server));

        await().atMost(WAIT).until(() -> ("" + (20000 + ignored.length)).equals(sink.cursors.get("offset")));
        await().atMost(WAIT).until(() -> server.highestConfirmed() == 20000 + ignored.length - 1);
        assertThat(sink.received).isEmpty();
        assertThat(logs.events()).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void aButtonPressIsAnsweredAfterItIsStored() {
        server.addUpdate(Fixtures.update("callback-query", 10004));
        start(options(server));

        await().atMost(WAIT).until(() -> !server.calls("answerCallbackQuery").isEmpty());
        assertThat(sink.received).extracting(Inbound::payload).containsExactly(new Payload.ButtonPress("v:7:2"));
        assertThat(server.calls("answerCallbackQuery").get(0).body().path("callback_query_id").asText())
                .isEqualTo("4382bfdwdsb323b2d9");
    }

    @Test
    void aConflictWithAnotherPollerIsReportedClearly() {
        server.respondOnce("getUpdates", 409,
                FakeBotApi.error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
        server.addUpdate(Fixtures.update("private-command", 10000));
        start(options(server));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        assertThat(logs.contains(Level.ERROR, "409 Conflict: another program is polling this bot")).isTrue();
        assertThat(server.calls("deleteWebhook")).isEmpty();
    }

    @Test
    void aWebhookLeftOverIsRemovedInLongPollingMode() {
        server.respondOnce("getUpdates", 409,
                FakeBotApi.error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
        server.addUpdate(Fixtures.update("private-command", 10000));
        start(options(server));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        assertThat(server.calls("deleteWebhook")).hasSize(1);
        assertThat(server.calls("deleteWebhook").get(0).body().path("drop_pending_updates").asBoolean(true)).isFalse();
    }

    @Test
    void malformedJsonIsLoggedWithoutTheTokenAndPollingResumes() {
        server.respondOnce("getUpdates", 200, "{\"ok\":true,\"result\":[{\"update_id\":");
        server.respondOnce("getUpdates", 502, "<html><body>Bad Gateway</body></html>");
        server.addUpdate(Fixtures.update("private-command", 10000));
        start(options(server));

        await().atMost(WAIT).until(() -> sink.received.size() == 1);
        assertThat(logs.contains(Level.WARN, "malformed JSON")).isTrue();
        assertThat(logs.lines()).noneMatch(line -> line.contains(FakeBotApi.TOKEN) || line.contains("AAFakeSecretTokenValue"));
    }

    @Test
    void theBotsUsernameIsAskedOfTelegramWhenNotConfigured() {
        server.addUpdate(Fixtures.update("group-command", 10001));
        server.addUpdate(Fixtures.update("group-command-other-bot", 10002));
        start(options(server).withUsername(null));

        await().atMost(WAIT).until(() -> server.highestConfirmed() == 10002);
        assertThat(server.calls("getMe")).hasSize(1);
        assertThat(connector.botUsername()).isEqualTo("TresseBot");
        assertThat(sink.received).extracting(Inbound::payload).containsExactly(new Payload.Text("/vote 3 1"));
    }

    @Test
    void aGroupMessageIsRememberedSoARepliesCanQuoteIt() {
        server.addUpdate(Fixtures.update("group-command", 10001));
        start(options(server));

        // the recording sink keeps the message before it runs the bookkeeping transaction: wait for the row
        await().atMost(WAIT).until(() -> quotedMessageId() == 2046);
        assertThat(sink.received).hasSize(1);
    }

    private long quotedMessageId() {
        return db.database().inTransaction(handle -> handle.count(
                "select message_id from telegram_message_ref where event_id = 'u10001' and chat_id = -1001234567890"));
    }

    @Test
    void aGroupUpgradedToASupergroupKeepsItsTresseGroup() {
        server.addUpdate(Fixtures.update("migrate-to", 10007));
        server.addUpdate(Fixtures.update("migrate-from", 10008));
        start(options(server));

        await().atMost(WAIT).until(() -> "10009".equals(sink.cursors.get("offset")));
        // the core is told, and moves the room's attachment to its Tresse group (EngineTest)
        assertThat(sink.moves).containsOnly("telegram:-4012345678 -> -1009876543210");
        assertThat(sink.received).isEmpty();
    }
}
