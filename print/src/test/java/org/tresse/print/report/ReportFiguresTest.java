package org.tresse.print.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.print.Pdfs.squash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;
import org.tresse.core.store.Database;
import org.tresse.print.Pdfs;
import org.tresse.print.PrintFormat;
import org.tresse.print.ScriptedPeriod;
import org.tresse.testkit.store.FreshStore;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.StoreTest;

/** The report of a scripted spring (March to May 2024) says what the store holds, and nothing it must not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StoreTest
class ReportFiguresTest {
    static final Instant SINCE = Instant.parse("2024-02-29T23:00:00Z");
    static final Instant UNTIL = Instant.parse("2024-05-31T22:00:00Z");

    @TempDir
    static Path temp;
    FreshStore store;
    Database database;
    ScriptedPeriod spring;
    Path pdf;

    @BeforeAll
    void play() {
        store = FreshStore.create("spring", "", target -> open(target).close());
        database = open(store.target());
        spring = ScriptedPeriod.spring(database, temp);
        pdf = write(PrintFormat.PDF, "rapport.pdf");
    }

    @AfterAll
    void close() {
        database.close();
        store.close();
    }

    private static Database open(JdbcTarget target) {
        return Database.open(target.url(), target.user(), target.password(), List.of());
    }

    @Test
    void the_period_in_figures_is_the_store_s() throws Exception {
        String text = squash(Pdfs.text(pdf));
        long reached = spring.count("select count(distinct person_id) from ("
                + "select person_id from inbound_log where person_id is not null and received_at >= ? and received_at < ? "
                + "union select i.person_id from outbox o join identity i on i.channel = o.channel "
                + "and i.external_id = coalesce(o.recipient, o.room) where o.status = 'SENT' and o.sent_at >= ? and o.sent_at < ? "
                + "and (o.recipient is not null or o.room_kind = 'PRIVATE')) t", SINCE, UNTIL, SINCE, UNTIL);
        long members = spring.count("select count(distinct person_id) from person_role where group_slug = '*' and role <> 'RESIDENT'");
        long sent = spring.count("select count(*) from outbox where status = 'SENT' and sent_at >= ? and sent_at < ?", SINCE, UNTIL);
        assertThat(reached).isEqualTo(11);
        assertThat(text).contains(reached + "personnestouchées").contains(members + "membresaujourd’hui")
                .contains(sent + "messagesenvoyés").contains("2nouveauxabonnements");
        long telegramSent = spring.count("select count(*) from outbox where channel = 'telegram' and status = 'SENT' and sent_at < ?", UNTIL);
        assertThat(text).contains("Telegram85381" + telegramSent + "02");
    }

    @Test
    void each_poll_has_its_turnout_against_the_eligible_its_channels_its_quorum_and_its_result() throws Exception {
        String text = squash(Pdfs.text(pdf));
        long voters = spring.count("select count(*) from ballot where poll_id = 1");
        long eligible = spring.count("select eligible_count from poll where id = 1");
        assertThat(text).contains("Ouvrirlecaféledimanche?(proposition)closle14mars" + voters + "sur" + eligible + "(63%)")
                .contains("atteint(4)").contains("adoptée(pour3,contre1,abstention1)")
                .contains("Telegram:3,Console:1,E\u2011mail:1");
        assertThat(text).contains("Queljourpourlafête?(choixunique)closle10avr.2sur2").contains("égalité:samedi,dimanche")
                .contains("nonenregistré(votesecret)");
        assertThat(spring.count("select count(*) from ballot_channel where poll_id = 2")).isZero();
        assertThat(text).contains("Quevoulez-vousaumarchédeNoël?(consultation)encoursjusqu’au23juin3(sondagepublic)sansquorumencours");
        assertThat(text).contains("82%participationmoyenne").contains("mars202463%").contains("avril2024100%");
    }

    @Test
    void decisions_voices_announcements_and_consultations_are_counted_as_stored() throws Exception {
        String text = squash(Pdfs.text(pdf));
        assertThat(spring.count("select count(*) from decision where decided_on between '2024-03-01' and '2024-05-31'")).isEqualTo(2);
        assertThat(text).contains("2décisionsinscrites1prisesparunsondage1prisesenréunion")
                .contains("sondagen°1:pour3,contre1,abstention1;votant·es:5sur8adoptée")
                .contains("Horairesd’étéenréunioninscrite");
        long voices = spring.count("select count(*) from voice where created_on between '2024-03-01' and '2024-05-31'");
        assertThat(text).contains(voices + "avisreçus1ontreçuuneréponse20mindélaimédianderéponse1anonymes")
                .contains("« Ilmanqueunbancdevantlaressourcerie »".replace(" ", "")).contains("Merci!Unbancarriveenavril.");
        long delivered = spring.count("select count(*) from outbox where correlation = 'announcement:1' and status = 'SENT'");
        assertThat(text).contains("1annoncesdiffusées" + delivered + "messagesremis0échecsderemise");
        assertThat(text).contains("Consultationn°3—«Quevoulez-vousaumarchédeNoël?»")
                .contains("réponses3,personnes3").contains("alimentation1").contains("enfants1");
    }

    @Test
    void no_author_of_a_voice_and_no_secret_choice_is_ever_printed() throws Exception {
        String text = Pdfs.text(pdf);
        assertThat(text).doesNotContain("rosalie").doesNotContain("raoul").doesNotContain("romy")
                .doesNotContain("Un avis sans nom sur le bruit");
        String markdown = Files.readString(write(PrintFormat.MARKDOWN, "rapport.md"));
        assertThat(markdown).doesNotContain("rosalie").doesNotContain("raoul").contains("| Telegram | 8 | 5 | 3 | 8 | 1 |");
    }

    @Test
    void the_pdf_is_a4_tagged_with_its_fonts_embedded_and_numbered_pages() throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rapport d’activité — La Tresse");
            int pages = document.getNumberOfPages();
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
            assertThat(squash(Pdfs.text(pdf))).contains("1/" + pages).contains(pages + "/" + pages);
        }
        Pdfs.render(pdf, 70, "rapport");
    }

    @Test
    void the_html_is_one_well_formed_page_with_its_contents_its_tables_and_charts_with_text_alternatives() throws Exception {
        Path html = write(PrintFormat.HTML, "rapport.html");
        Files.createDirectories(Path.of("target", "renders"));
        Files.copy(html, Path.of("target", "renders", "rapport.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        org.w3c.dom.Document page = Xhtml.parse(Files.readString(html));
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(Xhtml.all(page, "//h:h1")).hasSize(1);
        List<org.w3c.dom.Element> sections = Xhtml.all(page, "//h:section");
        assertThat(sections).extracting(section -> section.getAttribute("id"))
                .containsExactly("chiffres", "participation", "decisions", "voix", "annonces", "consultations");
        assertThat(Xhtml.all(page, "//h:nav//h:a")).extracting(link -> link.getAttribute("href"))
                .containsExactly("#chiffres", "#participation", "#decisions", "#voix", "#annonces", "#consultations");
        assertThat(Xhtml.all(page, "//h:section[@id='participation']/h:table/h:tbody/h:tr"))
                .hasSize((int) spring.count("select count(*) from poll where created_at < ?", UNTIL));
        assertThat(Xhtml.all(page, "//h:section[@id='decisions']/h:table/h:tbody/h:tr//h:a")).extracting(link -> link.getAttribute("href"))
                .containsExactly("https://tresse.example.org/decisions/1", "https://tresse.example.org/decisions/2");
        List<org.w3c.dom.Element> charts = Xhtml.all(page, "//s:svg");
        assertThat(charts).hasSize(6);
        for (org.w3c.dom.Element svg : charts) {
            Xhtml.svgHasItsTextAlternative(svg);
            org.w3c.dom.Element figure = (org.w3c.dom.Element) svg.getParentNode();
            assertThat(figure.getLocalName()).isEqualTo("figure");
            assertThat(Xhtml.all(figure, "h:table/h:tbody/h:tr")).as("the chart's data table").hasSizeGreaterThan(0);
        }
    }

    @Test
    void the_same_report_reads_in_english() throws Exception {
        ReportRequest request = new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31), Optional.empty(), PrintFormat.MARKDOWN,
                Language.EN);
        String text = Files.readString(spring.core.database().inTransaction(handle -> spring.reports.write(handle, request,
                temp.resolve("report.md"))));
        assertThat(text).startsWith("# Activity report").contains("From 1 March 2024 to 31 May 2024").contains("people reached")
                .contains("adopted (for 3, against 1, abstention 1)").contains("not recorded (secret ballot)")
                .contains("Residents' voices").doesNotContain("Rapport").doesNotContain("(proposition)").doesNotContain("en cours");
    }

    private Path write(PrintFormat format, String name) {
        ReportRequest request = new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31), Optional.empty(), format, Language.FR);
        return spring.core.database().inTransaction(handle -> spring.reports.write(handle, request, temp.resolve(name)));
    }
}
