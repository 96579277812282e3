package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** The token is in every Bot API URL: no log line, exception text or delivery result may show it. */
@StoreTest
class TokenLeakTest {
    private static final String SECRET_HALF = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
    private static final Destination.Direct ANA = new Destination.Direct("telegram", "1111111");
    private static final Destination.Room CAFE = new Destination.Room("telegram", "-1001234567890", RoomKind.GROUP);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private FakeBotApi server;
    private LogCapture logs;
    private final List<TelegramConnector> connectors = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        logs = new LogCapture();
    }

    @AfterEach
    void tearDown() {
        connectors.forEach(TelegramConnector::stop);
        server.close();
        logs.close();
    }

    private TelegramConnector connector(TelegramOptions options) {
        TelegramConnector connector = new TelegramConnector(options,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build(),
                db.database(), Clock.systemUTC());
        connectors.add(connector);
        return connector;
    }

    private static boolean leaks(String text) {
        return text != null && (text.contains(FakeBotApi.TOKEN) || text.contains(SECRET_HALF));
    }

    @Test
    void noLogLineShowsTheTokenWhateverGoesWrongWhilePolling() throws Exception {
        String echoingTheUrl = "/bot" + FakeBotApi.TOKEN + "/getUpdates";
        server.respondOnce("getMe", 500, FakeBotApi.error(500, "Internal error at " + echoingTheUrl));
        server.respondOnce("getUpdates", 401, FakeBotApi.error(401, "Unauthorized"));
        server.respondOnce("getUpdates", 409, FakeBotApi.error(409, "Conflict: terminated by other getUpdates request"));
        server.respondOnce("getUpdates", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 0\","
                + "\"parameters\":{\"retry_after\":0}}");
        server.respondOnce("getUpdates", 200, "{\"ok\":true,\"result\":[{\"update_id\":" + echoingTheUrl);
        server.respondOnce("getUpdates", 500, "<html>" + echoingTheUrl + "</html>");
        server.respondOnce("getUpdates", 400, FakeBotApi.error(400, "Bad Request: " + echoingTheUrl));
        server.addUpdate(Fixtures.update("private-command", 10000));
        server.addUpdate(Fixtures.update("callback-query", 10001));
        RecordingSink sink = new RecordingSink();
        sink.failuresLeft.set(1);
        connector(TelegramPollingTest.options(server).withUsername(null)).start(sink);
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.received.size() == 2);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TelegramOptions unreachable = TelegramOptions.of(FakeBotApi.TOKEN, "http://127.0.0.1:" + port).withUsername("TresseBot")
                .withPollTimeout(Duration.ofSeconds(1)).withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
        connector(unreachable).start(new RecordingSink());
        await().atMost(Duration.ofSeconds(30)).until(() -> logs.lines().stream()
                .filter(line -> line.contains("could not be reached")).count() >= 2);
        connectors.forEach(TelegramConnector::stop);

        assertThat(server.calls()).as("the token really is in the URLs the server saw").isNotEmpty();
        assertThat(logs.lines()).hasSizeGreaterThan(10);
        assertThat(logs.lines()).noneMatch(TokenLeakTest::leaks);
        assertThat(logs.lines()).anyMatch(line -> line.contains("***"));
    }

    @Test
    void noDeliveryResultOrLogLineShowsTheToken() throws Exception {
        TelegramConnector connector = connector(TelegramPollingTest.options(server));
        String echoingTheUrl = "/bot" + FakeBotApi.TOKEN + "/sendMessage";
        server.respondOnce("sendMessage", 400, FakeBotApi.error(400, "Bad Request: wrong URL " + echoingTheUrl));
        server.respondOnce("sendMessage", 403, FakeBotApi.error(403, "Forbidden: " + echoingTheUrl));
        server.respondOnce("sendMessage", 500, FakeBotApi.error(500, "Internal: " + echoingTheUrl));
        server.respondOnce("sendMessage", 200, "<html>" + echoingTheUrl);
        server.respondOnce("sendMessage", 401, FakeBotApi.error(401, "Unauthorized"));
        server.respondOnce("sendMessage", 404, FakeBotApi.error(404, "Not Found"));
        List<DeliveryResult> results = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            results.add(connector.deliver(new Outbound(attempt, attempt == 2 ? ANA : CAFE, Content.notice("x"), 1)));
        }
        server.close();
        results.add(connector.deliver(new Outbound(7, CAFE, Content.notice("x"), 1)));

        assertThat(results).hasSize(7).noneMatch(result -> result instanceof DeliveryResult.Sent);
        assertThat(results).map(TokenLeakTest::reason).noneMatch(TokenLeakTest::leaks);
        // Telegram's words, redacted, are for the operator's log; the results carry Tresse's reasons only
        assertThat(logs.lines()).anyMatch(line -> line.contains("/bot***/sendMessage"));
        String pausedReason = db.database().inTransaction(handle -> handle.one(
                "select reason from telegram_paused_chat", row -> row.getString(1))).orElseThrow();
        assertThat(leaks(pausedReason)).isFalse();
        assertThat(logs.lines()).noneMatch(TokenLeakTest::leaks);
    }

    @Test
    void optionsNeverShowTheToken() {
        TelegramOptions options = TelegramOptions.of(FakeBotApi.TOKEN, "https://api.telegram.org");

        assertThat(options.toString()).doesNotContain(SECRET_HALF).contains("token=***");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> TelegramOptions.of(FakeBotApi.TOKEN + " x", null)))
                .hasMessageNotContaining(SECRET_HALF);
    }

    private static String reason(DeliveryResult result) {
        if (result instanceof DeliveryResult.Permanent permanent) {
            return permanent.reason().stored();
        }
        if (result instanceof DeliveryResult.Transient transientFailure) {
            return transientFailure.reason().stored();
        }
        return result.toString();
    }
}
