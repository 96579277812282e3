package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Payload;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class TelegramWebhookTest {
    private static final String SECRET = "s3cret-Token_1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final RecordingSink sink = new RecordingSink();
    private FakeBotApi server;
    private TelegramConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
    }

    @AfterEach
    void tearDown() {
        if (connector != null) {
            connector.stop();
        }
        server.close();
    }

    private void start(String secret) {
        connector = new TelegramConnector(TelegramPollingTest.options(server).withWebhook(
                new TelegramOptions.Webhook(URI.create("https://bot.example.org/telegram"), secret, 0)),
                http, db.database(), Clock.systemUTC());
        connector.start(sink);
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.webhookPort() + "/telegram"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretAndTheKindsTresseHandles() {
        start(SECRET);

        await().atMost(WAIT).until(() -> !server.calls("setWebhook").isEmpty());
        JsonNode body = server.calls("setWebhook").get(0).body();
        assertThat(body.path("url").asText()).isEqualTo("https://bot.example.org/telegram");
        assertThat(body.path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(body.path("allowed_updates")).extracting(JsonNode::asText)
                .containsExactly("message", "callback_query", "poll_answer");
        assertThat(server.calls("getUpdates")).isEmpty();
    }

    @Test
    void anUpdateWithTheSecretIsReceivedAndAcknowledgedOnceStored() throws Exception {
        start(SECRET);

        int status = post(Fixtures.update("group-command", 10001), SECRET);

        assertThat(status).isEqualTo(200);
        assertThat(sink.received).extracting(inbound -> inbound.payload()).containsExactly(new Payload.Text("/vote 3 1"));
    }

    @Test
    void aRequestWithoutTheRightSecretIsRefused() throws Exception {
        start(SECRET);

        assertThat(post(Fixtures.update("private-command", 10000), null)).isEqualTo(401);
        assertThat(post(Fixtures.update("private-command", 10000), "s3cret-Token_2")).isEqualTo(401);
        assertThat(sink.received).isEmpty();
    }

    @Test
    void malformedJsonIsRefusedAndAFailedStoreIsAskedAgain() throws Exception {
        start(SECRET);
        sink.failuresLeft.set(1);

        assertThat(post("{\"update_id\":", SECRET)).isEqualTo(400);
        assertThat(post(Fixtures.update("private-command", 10000), SECRET)).isEqualTo(500);
        assertThat(post(Fixtures.update("private-command", 10000), SECRET)).isEqualTo(200);
        assertThat(post(Fixtures.update("private-command", 10000), SECRET)).isEqualTo(200);

        assertThat(sink.received).hasSize(1);
    }

    @Test
    void withoutAConfiguredSecretARandomOneIsDrawn() {
        start(null);

        await().atMost(WAIT).until(() -> !server.calls("setWebhook").isEmpty());
        assertThat(server.calls("setWebhook").get(0).body().path("secret_token").asText()).matches("[A-Za-z0-9_-]{43}");
    }
}
