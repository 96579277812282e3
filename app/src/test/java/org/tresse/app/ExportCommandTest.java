package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Database;

/** {@code tresse export} as a French spreadsheet opens it: one table per file, its words, its time, what was written where (issue 13, item 10). */
class ExportCommandTest {
    @TempDir
    Path directory;

    @RegisterExtension
    final Terminal terminal = new Terminal();
    private Path config;

    @BeforeEach
    void aVillageThatVotedAndSpoke() throws Exception {
        config = directory.resolve("tresse.yml");
        Files.writeString(config, "storage:\n  url: jdbc:h2:file:" + directory.resolve("data/tresse") + "\nadmins: [console:ana]\n");
        TresseConfig settings = new ConfigLoader().load(config);
        // Saturday 2 March 2024, 10:00 in Lalbenque: 09:00 UTC
        Clock clock = Clock.fixed(Instant.parse("2024-03-02T09:00:00Z"), ZoneOffset.UTC);
        try (Database database = Database.open(settings.storage().url(), null, null, ConnectorWiring.migrations(settings))) {
            Assembly assembly = Assembly.of(settings, database, clock, null, () -> {});
            ConfigApplier.apply(settings, assembly.core());
            AtomicInteger event = new AtomicInteger();
            for (String[] line : new String[][] {{"bob", "/moi"}, {"ana", "/role console:bob membre"}, {"ana", "/sondage \"Ouvrir le dimanche ?\""},
                    {"bob", "/vote 1 pour"}, {"ana", "/clore 1"}, {"bob", "/avis Il manque un banc #ressourcerie"},
                    {"chloe", "Le café est trop cher #cafe"}}) {
                assembly.engine().receive(Inbound.text("console", "e" + event.incrementAndGet(), line[0], RoomKind.PRIVATE,
                        new Identity("console", line[0]), line[1]));
            }
        }
    }

    @Test
    void voices_go_one_table_per_file_and_the_command_says_where() throws Exception {
        Path file = directory.resolve("avis.csv");
        assertThat(Main.execute("export", "avis", "--format", "csv", "-c", config.toString(), "-o", file.toString())).isZero();

        assertThat(Files.readString(file)).startsWith("numero,date,statut,themes,anonyme,auteur,canal,reponses,sondage,texte\r\n")
                .contains("1,2024-03-02,nouveau,#ressourcerie,non,bob,console,0,,Il manque un banc").doesNotContain("statut,nombre");
        assertThat(Files.readString(directory.resolve("avis-statuts.csv"))).startsWith("statut,nombre\r\nnouveau,2\r\n");
        assertThat(Files.readString(directory.resolve("avis-themes.csv"))).isEqualTo("theme,nombre\r\n#cafe,1\r\n#ressourcerie,1\r\n");
        assertThat(lastLine()).isEqualTo("C’est fait : 2 avis dans " + file.toAbsolutePath() + ", "
                + directory.resolve("avis-statuts.csv").toAbsolutePath() + ", " + directory.resolve("avis-themes.csv").toAbsolutePath() + ".");
    }

    @Test
    void excel_gets_semicolons_a_byte_order_mark_french_words_and_local_times() throws Exception {
        Path file = directory.resolve("sondages.csv");
        assertThat(Main.execute("export", "sondages", "--excel", "-c", config.toString(), "-o", file.toString())).isZero();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("numero_sondage;question;sorte;groupe;public_vise;secret;resultats_caches;statut;ouvert_le;")
                .contains("1;Ouvrir le dimanche ?;proposition;;membres;non;non;clos;2024-03-02 10:00;;2024-03-02 10:00;2;1;50;;;adoptée;1;1;Pour;1;;");
        assertThat(lastLine()).isEqualTo("C’est fait : 1 sondage(s) dans " + file.toAbsolutePath() + ".");

        Path register = directory.resolve("releve.csv");
        assertThat(Main.execute("export", "decisions", "--format", "csv", "--excel", "-c", config.toString(), "-o", register.toString())).isZero();
        assertThat(Files.readString(register)).contains(";sondage;adoptée;en vigueur;1;1;0;0;0;1;2;50;");
    }

    /** What the command said last on its standard output (the test kit's log lines go there too). */
    private String lastLine() {
        String[] lines = terminal.out().strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void a_pdf_or_an_unknown_export_is_refused_clearly() {
        assertThat(Main.execute("export", "voix", "--format", "pdf", "-c", config.toString())).isEqualTo(2);
        assertThat(terminal.err()).contains("écrivez --format csv (ou --excel), md ou json");
        assertThat(Main.execute("export", "decisions", "--excel", "--format", "json", "-c", config.toString())).isEqualTo(2);
    }

    @Test
    void the_markdown_comes_out_in_the_language_the_configuration_gives() throws Exception {
        assertThat(Main.execute("export", "avis", "-c", config.toString())).isZero();
        assertThat(terminal.out()).contains("# Avis des habitants").contains("## Par statut").contains("| statut | nombre |")
                .containsPattern("Export du \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d : 2 avis\\.").contains("De : bob (console)");
        terminal.clear();

        Path english = directory.resolve("english.yml");
        Files.writeString(english, Files.readString(config) + "association:\n  name: The Braid\n  language: en\n");
        assertThat(Main.execute("export", "avis", "-c", english.toString())).isZero();
        String voices = terminal.out();
        assertThat(voices).contains("# Residents' voices").containsPattern("Exported on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d: 2 voice\\(s\\)\\.").contains("## By status")
                .contains("| status | count |").contains("| new | 2 |").contains("## By topic").contains("| topic | count |")
                .contains("From: bob (console)").doesNotContain("Avis des habitants").doesNotContain("De :");
        terminal.clear();
        assertThat(Main.execute("export", "decisions", "-c", english.toString())).isZero();
        assertThat(terminal.out()).contains("# Register of decisions").contains("## No. 1 — Ouvrir le dimanche ?")
                .contains("2024-03-02 · adopted").contains("Poll no. 1: for 1, against 0, abstain 0, block 0; 1 voters out of 2")
                .doesNotContain("Registre").doesNotContain("adoptée");
    }
}
