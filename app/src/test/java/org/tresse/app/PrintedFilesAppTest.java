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
 * A coordinator's {@code /rapport} and {@code /affiche} answer with a link on the site: the link
 * opens the file Tresse wrote, and nothing else of the data folder can be reached that way.
 */
class PrintedFilesAppTest {
    private static final Pattern LINK = Pattern.compile("https://tresse\\.test(/impressions/[A-Za-z0-9_-]+\\.(pdf|html))");

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_link_a_coordinator_gets_for_a_report_or_a_poster_opens_that_file_and_only_files_tresse_printed() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, """
                association:
                  name: Les Amis du Lavoir
                storage:
                  url: jdbc:h2:file:%s
                web:
                  listen: 127.0.0.1:0
                  public-url: https://tresse.test
                """.formatted(directory.resolve("data").resolve("tresse")));
        TresseConfig settings = new ConfigLoader().load(config);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        String session = "/rapport --du 2026-01-01 --format html\n/affiche bot\n";
        TresseApp app = TresseApp.start(settings, new ConsoleIo(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false, "ana"), Clock.systemUTC(), ended::countDown);
        try {
            assertThat(ended.await(2, TimeUnit.MINUTES)).as("the console session ends").isTrue();
            String base = app.localWebAddress().orElseThrow();
            Matcher links = LINK.matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(links.find()).as("the report's link in %s", printed).isTrue();
            HttpResponse<String> report = get(base + links.group(1));
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(report.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            assertThat(report.body()).contains("Les Amis du Lavoir");
            assertThat(links.find()).as("the poster's link in %s", printed).isTrue();
            HttpResponse<byte[]> poster = http.send(HttpRequest.newBuilder(URI.create(base + links.group(1))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(poster.statusCode()).isEqualTo(200);
            assertThat(new String(poster.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            String guessed = links.group(1).replaceAll("[0-9a-f]{18}\\.pdf$", "000000000000000000.pdf");
            HttpResponse<String> wrong = get(base + guessed);
            assertThat(wrong.statusCode()).isEqualTo(404);
            assertThat(wrong.body()).as("the site's own 404 page").contains("<html");
            for (String path : new String[] {"/impressions/..%2Ftresse.mv.db", "/impressions/%2E%2E%2F%2E%2E%2Ftresse.yml",
                    "/impressions/tresse.mv.db", "/impressions/ballot.key"}) {
                assertThat(get(base + path).statusCode()).as(path).isIn(400, 404);
            }
        } finally {
            app.stop();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
