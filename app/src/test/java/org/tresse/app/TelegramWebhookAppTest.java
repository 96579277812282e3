package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.connector.telegram.FakeBotApi;
import org.tresse.connector.telegram.Fixtures;
import org.tresse.connector.telegram.TelegramWebhook;

/**
 * {@code tresse run} in webhook mode: Telegram's posts arrive on the web pages' port, at the
 * webhook URL's path, and the bot answers through the Bot API (the telegram tests' loopback server).
 */
class TelegramWebhookAppTest {
    private static final String SECRET = "hook_s3cret";

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FakeBotApi bot;
    private TresseApp app;

    @BeforeEach
    void start() throws Exception {
        bot = FakeBotApi.start();
        String yaml = """
                association:
                  name: Les Amis du Lavoir
                storage:
                  url: jdbc:h2:file:%s
                channels:
                  telegram:
                    token: ${TELEGRAM_TOKEN}
                    base-url: %s
                    username: LavoirBot
                    mode: webhook
                    webhook: { url: https://bot.lavoir.example/hooks/telegram, secret-token: ${TELEGRAM_WEBHOOK_SECRET} }
                web:
                  listen: 127.0.0.1:0
                """.formatted(directory.resolve("data").resolve("tresse"), bot.baseUrl());
        Map<String, String> environment = Map.of("TELEGRAM_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_WEBHOOK_SECRET", SECRET);
        TresseConfig config = new ConfigLoader(environment::get).load(yaml, "tresse.yml");
        app = TresseApp.start(config, new ConsoleIo(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, "ana"), Clock.systemUTC(), () -> { });
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        bot.close();
    }

    private HttpResponse<String> post(String path, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.webPort().orElseThrow() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUpdatePostedToTheWebPortIsAnsweredThroughTheBotApi() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !bot.calls("setWebhook").isEmpty());
        assertThat(bot.calls("setWebhook").get(0).body().path("url").asText()).isEqualTo("https://bot.lavoir.example/hooks/telegram");
        assertThat(bot.calls("setWebhook").get(0).body().path("secret_token").asText()).isEqualTo(SECRET);

        String update = Fixtures.privateText(20001, 4242, "/aide");
        assertThat(post("/hooks/telegram", update, "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(post("/hooks/telegram", update, SECRET).statusCode()).isEqualTo(200);
        assertThat(post("/hooks/telegram", update, SECRET).statusCode()).as("a repeat is acknowledged, not handled again")
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !bot.calls("sendMessage").isEmpty());
        assertThat(bot.calls("sendMessage")).singleElement().satisfies(call -> {
            assertThat(call.body().path("chat_id").asLong()).isEqualTo(4242);
            assertThat(call.body().path("text").asText()).contains("Voici les commandes que vous pouvez utiliser");
        });
        long received = app.core().database().inTransaction(handle -> handle.count(
                "select count(*) from inbound_log where channel = 'telegram'"));
        assertThat(received).isEqualTo(1);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.webPort().orElseThrow()
                + "/sante")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).as("the pages on the same port").contains("\"telegram\"").contains("\"web\"");
    }
}
