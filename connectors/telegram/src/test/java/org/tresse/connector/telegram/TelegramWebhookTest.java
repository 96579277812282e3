package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Payload;
import org.tresse.testkit.TestDatabase;

/**
 * The webhook endpoint as any server mounts it: the secret, the statuses Telegram reads (the app's
 * {@code TelegramWebhookMountTest} posts the same over HTTP to the web server), the registration.
 */
class TelegramWebhookTest {
    private static final String SECRET = "s3cret-Token_1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final RecordingSink sink = new RecordingSink();
    private FakeBotApi server;
    private TelegramConnector connector;
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

    private TelegramWebhook webhook(String secret) {
        connector = new TelegramConnector(TelegramPollingTest.options(server).withWebhook(
                new TelegramOptions.Webhook(URI.create("https://bot.example.org/hooks/telegram"), secret)),
                http, db.database(), Clock.systemUTC());
        return connector.webhook().orElseThrow();
    }

    private static int post(TelegramWebhook webhook, String body, String secret) {
        return webhook.receive(secret, body.getBytes(StandardCharsets.UTF_8), "192.0.2.7");
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretAndTheKindsTresseHandles() {
        TelegramWebhook webhook = webhook(SECRET);
        connector.start(sink);

        await().atMost(WAIT).until(() -> !server.calls("setWebhook").isEmpty());
        JsonNode body = server.calls("setWebhook").get(0).body();
        assertThat(body.path("url").asText()).isEqualTo("https://bot.example.org/hooks/telegram");
        assertThat(body.path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(body.path("allowed_updates")).extracting(JsonNode::asText)
                .containsExactly("message", "callback_query", "poll_answer");
        assertThat(server.calls("getUpdates")).isEmpty();
        assertThat(webhook.path()).isEqualTo("/hooks/telegram");
    }

    @Test
    void inLongPollingModeThereIsNoEndpoint() {
        connector = new TelegramConnector(TelegramPollingTest.options(server), http, db.database(), Clock.systemUTC());

        assertThat(connector.webhook()).isEmpty();
    }

    @Test
    void anUpdateIsAnsweredOnlyOnceStoredAndOnlyWhileTheConnectorRuns() {
        TelegramWebhook webhook = webhook(SECRET);

        assertThat(post(webhook, Fixtures.update("group-command", 10001), SECRET)).as("not started yet").isEqualTo(503);
        connector.start(sink);
        assertThat(post(webhook, Fixtures.update("group-command", 10001), SECRET)).isEqualTo(200);
        assertThat(sink.received).extracting(inbound -> inbound.payload()).containsExactly(new Payload.Text("/vote 3 1"));
        connector.stop();
        assertThat(post(webhook, Fixtures.update("private-command", 10002), SECRET)).as("stopped").isEqualTo(503);
        assertThat(sink.received).hasSize(1);
        connector = null;
    }

    @Test
    void aRequestWithoutTheRightSecretIsRefusedAndLoggedOnceAtWarn() {
        TelegramWebhook webhook = webhook(SECRET);
        connector.start(sink);

        assertThat(post(webhook, Fixtures.update("private-command", 10000), null)).isEqualTo(401);
        assertThat(post(webhook, Fixtures.update("private-command", 10000), "s3cret-Token_2")).isEqualTo(401);
        assertThat(post(webhook, Fixtures.update("private-command", 10000), SECRET + "x")).isEqualTo(401);

        assertThat(sink.received).isEmpty();
        assertThat(logs.events().stream().filter(event -> event.getFormattedMessage().contains("secret token")))
                .extracting(event -> event.getLevel()).containsExactly(Level.WARN, Level.DEBUG, Level.DEBUG);
        assertThat(logs.lines()).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void malformedJsonIsRefusedAndAFailedStoreIsAskedAgain() {
        TelegramWebhook webhook = webhook(SECRET);
        connector.start(sink);
        sink.failuresLeft.set(1);

        assertThat(post(webhook, "{\"update_id\":", SECRET)).isEqualTo(400);
        assertThat(post(webhook, "{\"message\":{}}", SECRET)).as("no update_id").isEqualTo(400);
        assertThat(post(webhook, Fixtures.update("private-command", 10000), SECRET)).isEqualTo(500);
        assertThat(post(webhook, Fixtures.update("private-command", 10000), SECRET)).isEqualTo(200);
        assertThat(post(webhook, Fixtures.update("private-command", 10000), SECRET)).isEqualTo(200);

        assertThat(sink.received).hasSize(1);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhateverServerCarriesIt() {
        TelegramWebhook webhook = webhook(SECRET);
        connector.start(sink);

        assertThat(webhook.receive(SECRET, new byte[TelegramWebhook.MAX_BODY + 1], "192.0.2.7")).isEqualTo(413);
        assertThat(sink.received).isEmpty();
    }

    @Test
    void withoutAConfiguredSecretARandomOneIsDrawn() {
        webhook(null);
        connector.start(sink);

        await().atMost(WAIT).until(() -> !server.calls("setWebhook").isEmpty());
        assertThat(server.calls("setWebhook").get(0).body().path("secret_token").asText()).matches("[A-Za-z0-9_-]{43}");
    }
}
