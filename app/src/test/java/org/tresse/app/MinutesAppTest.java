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
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;

/**
 * {@code /compte-rendu} through the app as {@code tresse run} assembles it ({@link PrintWiring}):
 * after a meeting held in the console, a coordinator gets the minutes as a PDF in
 * {@code data/impressions/}, by a link on the site when there is one, else by its place on the
 * machine; the PDF holds the meeting's attendance, decisions and notes. An unknown meeting is
 * answered and prints nothing. (What the answer carries is today's: a link or a path, no attachment.)
 */
class MinutesAppTest {
    private static final Pattern LINK = Pattern.compile("https://tresse\\.test(/impressions/compte-rendu-1-[0-9a-f]{18}\\.pdf)");

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_coordinator_gets_the_meetings_minutes_as_a_pdf_linked_on_the_site() throws Exception {
        Run run = run("""
                web:
                  listen: 127.0.0.1:0
                  public-url: https://tresse.test
                """, "/compte-rendu 9\n/compte-rendu 1\n");
        try {
            String said = run.printed();
            assertThat(said).contains("Il n’y a pas de réunion n°9.");
            Matcher link = LINK.matcher(said);
            assertThat(link.find()).as("the minutes' link in %s", said).isTrue();
            assertThat(said).contains("Le compte rendu est prêt, à imprimer : https://tresse.test/impressions/compte-rendu-1-");
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(run.app.localWebAddress().orElseThrow() + link.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            assertMinutes(pdf.body());
            assertThat(printedFiles()).as("one file printed: the unknown meeting printed nothing").hasSize(1);
        } finally {
            run.app.stop();
        }
    }

    @Test
    void without_the_site_the_answer_says_where_the_file_is_on_the_machine() throws Exception {
        Run run = run("""
                web:
                  enabled: false
                """, "/compte-rendu 1\n");
        try {
            List<Path> files = printedFiles();
            assertThat(files).hasSize(1);
            assertThat(run.printed()).contains("Le compte rendu", "est prêt sur la machine qui fait tourner Tresse",
                    files.get(0).getFileName().toString(), "web.public-url");
            assertMinutes(Files.readAllBytes(files.get(0)));
        } finally {
            run.app.stop();
        }
    }

    private record Run(TresseApp app, ByteArrayOutputStream out) {
        String printed() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** A meeting an hour from now, held and closed in the console by ana (admin), then {@code then}. */
    private Run run(String web, String then) throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, """
                association:
                  name: Les Amis du Lavoir
                storage:
                  url: jdbc:h2:file:%s
                """.formatted(directory.resolve("data").resolve("tresse")) + web);
        TresseConfig settings = new ConfigLoader().load(config);
        String start = Clock.systemUTC().instant().plus(Duration.ofHours(1)).atZone(ZoneId.of("Europe/Paris"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String session = String.join("\n", "/moi",
                "/evenement \"Réunion mensuelle\" --le \"" + start + "\" --lieu \"Salle du lavoir\"",
                "/reunion ouvrir 1",
                "/reunion presents 4 console:ana --en-ligne 1",
                "/decision \"Nettoyage du lavoir le 12\" \"Rendez-vous à 9 h avec des gants.\"",
                "/reunion note \"Le devis de la toiture arrive en janvier.\"",
                "/reunion clore") + "\n" + then;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        TresseApp app = TresseApp.start(settings, new ConsoleIo(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false, "ana"), Clock.systemUTC(), ended::countDown);
        assertThat(ended.await(2, TimeUnit.MINUTES)).as("the console session ends").isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Réunion n°1 close");
        return new Run(app, printed);
    }

    private List<Path> printedFiles() throws Exception {
        try (Stream<Path> files = Files.list(directory.resolve("data").resolve(PrintWiring.FOLDER))) {
            return files.toList();
        }
    }

    private static void assertMinutes(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Compte rendu — Réunion mensuelle", "Salle du lavoir", "Dans la salle : 4 (dont ana)", "En ligne : 1",
                    "Total : 5", "Nettoyage du lavoir le 12", "Le devis de la toiture arrive en janvier.");
        }
    }
}
