package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.CoreServices;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Payload;
import org.tresse.core.outbox.Backoff;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** Telegram in, the real engine and outbox, Telegram out: each update received once and answered once. */
@StoreTest
class EngineEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private FakeBotApi server;
    private CoreServices core;
    private TelegramConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        core = TestTresse.spine(db.database(), Clock.systemUTC(), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 5));
        Engine engine = core.engine(conversation -> {
            if (conversation.inbound().payload() instanceof Payload.PollAnswer answer) {
                conversation.replyPrivately("vote " + answer.pollKey() + " " + answer.choices());
            } else {
                conversation.reply("echo " + conversation.inbound().text().orElse(""));
            }
        });
        connector = new TelegramConnector(TelegramPollingTest.options(server),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), Clock.systemUTC());
        core.delivery().add(connector, null);
        core.delivery().start();
        connector.start(engine);
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        core.delivery().stop();
        server.close();
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }

    @Test
    void aPrivateCommandIsReceivedOnceAndAnsweredOnce() {
        server.addUpdate(Fixtures.update("private-command", 10000));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 1);
        int pollsSoFar = server.offsetsAsked().size();
        await().atMost(WAIT).until(() -> server.offsetsAsked().size() >= pollsSoFar + 3);

        assertThat(server.calls("sendMessage")).hasSize(1);
        assertThat(server.calls("sendMessage").get(0).body().path("chat_id").asText()).isEqualTo("1111111");
        assertThat(server.calls("sendMessage").get(0).body().path("text").asText()).isEqualTo("echo /aide");
        assertThat(server.highestConfirmed()).isEqualTo(10000);
        assertThat(count("select count(*) from inbound_log where channel = 'telegram' and event_id = 'u10000'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox where channel = 'telegram' and status = 'SENT'")).isEqualTo(1);
        java.util.Optional<String> cursor = core.database().inTransaction(handle -> handle.one(
                "select cursor_value from connector_cursor where channel = 'telegram' and cursor_key = 'offset'",
                row -> row.getString(1)));
        assertThat(cursor).contains("10001");
    }

    @Test
    void aGroupCommandIsAnsweredInTheGroupQuotingIt() {
        server.addUpdate(Fixtures.update("group-command", 10001));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 1);

        var body = server.calls("sendMessage").get(0).body();
        assertThat(body.path("chat_id").asText()).isEqualTo("-1001234567890");
        assertThat(body.path("text").asText()).isEqualTo("echo /vote 3 1");
        assertThat(body.path("reply_parameters").path("message_id").asInt()).isEqualTo(2046);
    }

    @Test
    void aNativePollAnswerComesBackWithThePollKey() {
        db.database().useTransaction(handle -> handle.update("insert into telegram_poll "
                + "(poll_id, poll_key, chat_id, message_id, closed, created_at) values ('5100000000000000001', '7', -1001234567890, 2060, false, current_timestamp)"));
        server.addUpdate(Fixtures.update("poll-answer", 10005));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 1);

        var body = server.calls("sendMessage").get(0).body();
        assertThat(body.path("chat_id").asText()).isEqualTo("2222222");
        assertThat(body.path("text").asText()).isEqualTo("vote 7 [1, 3]");
    }
}
