package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.connector.telegram.FakeBotApi;
import org.tresse.connector.telegram.Fixtures;
import org.tresse.connector.telegram.RecordingSink;
import org.tresse.connector.telegram.TelegramConnector;
import org.tresse.connector.telegram.TelegramOptions;
import org.tresse.connector.telegram.TelegramWebhook;
import org.tresse.core.message.Payload;
import org.tresse.testkit.TestDatabase;
import org.tresse.web.http.Failures;
import org.tresse.web.http.Reply;
import org.tresse.web.http.ReplyFilter;
import org.tresse.web.http.Routes;
import org.tresse.web.http.ServerOptions;
import org.tresse.web.http.WebServer;
import org.tresse.testkit.store.StoreTest;

/**
 * The Telegram webhook mounted on the web server (real Jetty on port 0), posted to as Telegram
 * does: the secret header, 200 once stored, 500 so that Telegram sends again, 400 for malformed
 * JSON, updates up to 1 MiB while the forms keep their 64 KiB.
 */
@StoreTest
class TelegramWebhookMountTest {
    private static final String SECRET = "s3cret-Token_1";

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final RecordingSink sink = new RecordingSink();
    private FakeBotApi bot;
    private TelegramConnector connector;
    private WebServer server;

    @BeforeEach
    void start() throws Exception {
        bot = FakeBotApi.start();
        connector = new TelegramConnector(TelegramOptions.of(FakeBotApi.TOKEN, bot.baseUrl()).withUsername("TresseBot")
                .withWebhook(new TelegramOptions.Webhook(URI.create("https://bot.example.org/telegram"), SECRET)),
                http, db.database(), Clock.systemUTC());
        Routes routes = new Routes().post("/avis", request -> Reply.html("avis " + request.body().length()));
        new TelegramWebhookRoute(connector.webhook().orElseThrow()).register(routes);
        server = new WebServer(ServerOptions.loopback(0), routes, Failures.PLAIN, ReplyFilter.NONE);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        connector.stop();
        bot.close();
    }

    private HttpResponse<String> post(String path, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String body, String secret) throws Exception {
        return post("/telegram", body, secret).statusCode();
    }

    @Test
    void anUpdateWithTheSecretIsReceivedAndAcknowledgedOnceStored() throws Exception {
        assertThat(status(Fixtures.update("group-command", 10001), SECRET)).as("before the connector starts").isEqualTo(503);
        connector.start(sink);

        assertThat(status(Fixtures.update("group-command", 10001), SECRET)).isEqualTo(200);

        assertThat(sink.received).extracting(inbound -> inbound.payload()).containsExactly(new Payload.Text("/vote 3 1"));
    }

    @Test
    void aRequestWithoutTheRightSecretIsRefused() throws Exception {
        connector.start(sink);

        assertThat(status(Fixtures.update("private-command", 10000), null)).isEqualTo(401);
        assertThat(status(Fixtures.update("private-command", 10000), "s3cret-Token_2")).isEqualTo(401);
        assertThat(sink.received).isEmpty();
    }

    @Test
    void malformedJsonIsRefusedAndAFailedStoreIsAskedAgain() throws Exception {
        connector.start(sink);
        sink.failuresLeft.set(1);

        assertThat(status("{\"update_id\":", SECRET)).isEqualTo(400);
        assertThat(status(Fixtures.update("private-command", 10000), SECRET)).isEqualTo(500);
        assertThat(status(Fixtures.update("private-command", 10000), SECRET)).isEqualTo(200);
        assertThat(status(Fixtures.update("private-command", 10000), SECRET)).isEqualTo(200);

        assertThat(sink.received).hasSize(1);
    }

    @Test
    void anUpdateLargerThanAFormIsTakenUpToOneMebibyteOnThatRouteOnly() throws Exception {
        connector.start(sink);
        String text = "/avis " + "é".repeat(100_000);
        String large = Fixtures.privateText(10003, 4242, text);
        assertThat(large.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(200_000, TelegramWebhook.MAX_BODY);

        assertThat(status(large, SECRET)).isEqualTo(200);
        assertThat(sink.received).extracting(inbound -> inbound.payload()).containsExactly(new Payload.Text(text));
        assertThat(status(" ".repeat(TelegramWebhook.MAX_BODY + 1), SECRET)).isEqualTo(413);
        assertThat(post("/avis", large, null).statusCode()).as("a form keeps the 64 KiB limit").isEqualTo(413);
    }

    @Test
    void onlyPostsAtThePathAreTheWebhook() throws Exception {
        connector.start(sink);

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/telegram"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(post("/telegram/autre", Fixtures.update("private-command", 10000), SECRET).statusCode()).isEqualTo(404);
        assertThat(sink.received).isEmpty();
    }

    @Test
    void aPathAPageAlreadyTakesIsRefusedWithWhatToChange() {
        TelegramConnector clashing = new TelegramConnector(TelegramOptions.of(FakeBotApi.TOKEN, bot.baseUrl())
                .withWebhook(new TelegramOptions.Webhook(URI.create("https://bot.example.org/avis"), SECRET)),
                http, db.database(), Clock.systemUTC());
        Routes routes = new Routes().post("/avis", request -> Reply.html("avis"));

        assertThatThrownBy(() -> new TelegramWebhookRoute(clashing.webhook().orElseThrow()).register(routes))
                .isInstanceOfSatisfying(TelegramWebhookRoute.PathTaken.class, taken -> assertThat(taken.said())
                        .startsWith("Les pages web ne démarrent pas : l’adresse du webhook Telegram (/avis) est déjà celle d’une page. "
                                + "Donnez à channels.telegram.webhook.url un autre chemin")
                        .contains("\n(The web pages do not start: the Telegram webhook's address (/avis) is already a page's. "
                                + "Give channels.telegram.webhook.url another path"))
                .hasMessageContaining("/avis is already a page's address");
    }
}
