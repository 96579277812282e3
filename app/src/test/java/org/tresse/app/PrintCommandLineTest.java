package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.RoomKind;
import org.tresse.core.poll.Audience;
import org.tresse.core.poll.PollDraft;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Database;

/** {@code tresse rapport} and {@code tresse affiche} on an embedded database, as a volunteer would type them. */
class PrintCommandLineTest {
    @TempDir
    Path directory;
    Path config;
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void seed() throws Exception {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: La Tresse\nstorage:\n  url: jdbc:h2:file:" + directory.resolve("data/tresse")
                + "\ngroups:\n  - id: cafe\n    name: Café associatif\n");
        out = Files.createDirectory(directory.resolve("sortie"));
        TresseConfig settings = new ConfigLoader().load(config);
        try (Database database = Database.open(settings.storage().url(), settings.storage().user(), settings.storage().password(),
                ConnectorWiring.migrations(settings))) {
            Assembly assembly = Assembly.of(settings, database, Clock.systemUTC(), null, () -> {});
            CoreServices core = assembly.core();
            Polls polls = assembly.features().polls();
            database.useTransaction(handle -> {
                ConfigApplier.apply(settings, core);
                long ana = core.people().resolve(handle, new Identity("console", "ana"), "ana").id();
                polls.open(handle, new PollDraft("Quel jour pour la fête ?", PollKind.SINGLE, List.of("samedi", "dimanche"),
                        Audience.anyone(Optional.empty()), PollRules.defaults(), Optional.empty(), ana,
                        new Destination.Room("console", "ana", RoomKind.PRIVATE)));
            });
        }
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void rapport_writes_the_report_of_a_period_in_each_format() throws Exception {
        Path pdf = out.resolve("rapport.pdf");
        assertThat(run("rapport", "--du", "2024-03-01", "-o", pdf.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains(pdf + " est écrit");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains("La Tresse").contains("Rapport d’activité")
                    .contains("Quel jour pour la fête ?");
        }
        Path markdown = out.resolve("cafe.md");
        assertThat(run("rapport", "--du", "01/03/2024", "--groupe", "cafe", "--format", "md", "-o", markdown.toString())).isZero();
        assertThat(Files.readString(markdown)).startsWith("# Rapport d’activité — Café associatif");
    }

    @Test
    void affiche_writes_a_poster_whose_codes_lead_to_the_site_given() throws Exception {
        Path pdf = out.resolve("affiche.pdf");
        assertThat(run("affiche", "sondage", "1", "--format", "a5x2", "--site", "https://tresse.example.org", "-o", pdf.toString())).isZero();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", ""))
                    .contains("https://tresse.example.org/sondages/1").contains("Queljourpourlafête?");
        }
    }

    @Test
    void a_wrong_request_is_said_in_french_with_exit_code_2_and_writes_nothing() throws Exception {
        assertThat(run("rapport", "--du", "2099-01-01", "-o", out.resolve("a.pdf").toString())).isEqualTo(2);
        assertThat(run("rapport", "--du", "2024-03-01", "--groupe", "jardin", "-o", out.resolve("b.pdf").toString())).isEqualTo(2);
        assertThat(run("rapport", "--du", "hier soir", "-o", out.resolve("c.pdf").toString())).isEqualTo(2);
        assertThat(run("rapport", "--du", "2024-03-01", "--format", "docx", "-o", out.resolve("d.pdf").toString())).isEqualTo(2);
        assertThat(run("rapport", "-o", out.resolve("e.pdf").toString())).isEqualTo(2);
        assertThat(run("affiche", "sondage", "1", "--format", "a3", "-o", out.resolve("f.pdf").toString())).isEqualTo(2);
        assertThat(run("affiche", "sondage", "1", "-o", out.resolve("g.pdf").toString())).isEqualTo(2);
        assertThat(run("affiche", "sondage", "1", "--site", "ftp://x", "-o", out.resolve("h.pdf").toString())).isEqualTo(2);
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("La période commence le 1er janvier 2099, après aujourd’hui")
                .contains("Le groupe « jardin » n’existe pas. Groupes de l’association : cafe.")
                .contains("Je ne comprends pas la date --du « hier soir »")
                .contains("Format de rapport inconnu « docx » : écrivez pdf, html ou md.")
                .contains("Dites à partir de quand : --du 2024-03-01")
                .contains("Format d’affiche inconnu « a3 »")
                .contains("Aucune adresse à mettre en code QR")
                .contains("L’adresse du site « ftp://x » ne convient pas")
                .doesNotContain("Exception");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    private int run(String... args) {
        String[] withConfig = Stream.concat(Stream.of(args), Stream.of("-c", config.toString())).toArray(String[]::new);
        return Main.execute(withConfig);
    }
}
