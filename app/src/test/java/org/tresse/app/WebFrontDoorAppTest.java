package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;

/**
 * {@code tresse run} serves the web pages on the assembly's one set of services: a link asked for
 * in the console opens the ballot page, the home page names the association, {@code /sante}
 * reports the channels, and stopping Tresse closes the port.
 */
class WebFrontDoorAppTest {
    private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:(\\d+))/vote/[A-Za-z0-9_-]+");

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tresse_run_serves_the_pages_and_a_personal_link_from_the_console_opens_its_ballot() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, """
                association:
                  name: Les Amis du Lavoir
                storage:
                  url: jdbc:h2:file:%s
                web:
                  listen: 127.0.0.1:0
                """.formatted(directory.resolve("data").resolve("tresse")));
        TresseConfig settings = new ConfigLoader().load(config);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        TresseApp app = TresseApp.start(settings, new ConsoleIo(new ByteArrayInputStream("/lien\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false, "ana"), Clock.systemUTC(), ended::countDown);
        String base;
        try {
            assertThat(ended.await(2, TimeUnit.MINUTES)).as("the console session ends").isTrue();
            Matcher link = LINK.matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(link.find()).as("a personal link with the port listened on, in %s", printed).isTrue();
            assertThat(Integer.parseInt(link.group(2))).isPositive();
            base = link.group(1);

            HttpResponse<String> ballot = get(link.group());
            assertThat(ballot.statusCode()).isEqualTo(200);
            HttpResponse<String> home = get(base + "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Les Amis du Lavoir");
            HttpResponse<String> health = get(base + "/sante");
            assertThat(health.body()).contains("\"console\"").contains("\"web\"");
        } finally {
            app.stop();
        }
        assertThat(refused(base)).as("the port is closed once Tresse stops").isTrue();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean refused(String base) {
        try {
            get(base + "/");
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
