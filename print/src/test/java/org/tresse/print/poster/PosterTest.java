package org.tresse.print.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;
import org.tresse.print.Glyphs;
import org.tresse.print.Pdfs;
import org.tresse.print.QrCodes;
import org.tresse.print.ScriptedPeriod;
import org.tresse.testkit.TestDatabase;

/** Posters read back: their QR codes decode to the addresses intended, a long question stays inside its poster. */
class PosterTest {
    static final String LONG_QUESTION = "Faut-il transformer l’ancienne grange de la rue du Paradis en atelier partagé de réparation "
            + "de vélos, ouvert trois soirs par semaine et les samedis, avec un prêt d’outils aux habitant·es, une permanence "
            + "de bénévoles et une participation libre aux pièces détachées, quitte à déplacer la ressourcerie ?";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path temp;

    ScriptedPeriod village;

    @BeforeEach
    void open() {
        village = ScriptedPeriod.empty(db.database(), temp);
        village.console.say("ana", "/moi");
        village.console.say("ana", "/role console:ana membre");
        for (int poll = 1; poll <= 11; poll++) {
            village.console.say("ana", "/sondage \"Question " + poll + " ?\" --public");
        }
        village.console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --jusqua 2024-03-15T20:00 --public");
        village.console.say("ana", "/sondage \"" + LONG_QUESTION + "\" --type consultation --public");
        assertThat(LONG_QUESTION).hasSize(300);
    }

    @Test
    void every_code_of_every_flyer_decodes_to_the_poll_s_page_its_telegram_deep_link_and_its_mail() throws Exception {
        List<String> intended = List.of("https://tresse.example.org/sondages/12", "https://t.me/LaTresseBot?start=p12",
                "mailto:bot@la-tresse.org?subject=%2Fstart%20p12");
        for (PosterLayout layout : PosterLayout.values()) {
            Path pdf = write("sondage", "12", layout);
            assertThat(pages(pdf)).isEqualTo(1);
            BufferedImage sheet = Pdfs.render(pdf, 150, "affiche-" + layout.word()).get(0);
            for (double[] cell : cells(layout)) {
                assertThat(QrCodes.decode(sheet, cell[0], cell[1], cell[2], cell[3])).as(layout.word())
                        .containsExactlyInAnyOrderElementsOf(intended);
            }
            assertThat(Pdfs.squashed(pdf)).contains("SONDAGEN°12").contains("Ouvrirlecaféledimanche?")
                    .contains("Votezavantlevendredi15mars2024à20h00");
        }
    }

    @Test
    void an_event_s_poster_says_its_date_place_and_places_and_its_codes_lead_to_the_agenda_telegram_and_a_mail_saying_yes()
            throws Exception {
        village.console.say("ana", "/evenement \"Repair café\" --le samedi 16 mars 10h --places 30 --public");
        assertThat(village.console.lastReplyTo("ana")).contains("n°1");
        Path pdf = write("evenement", "1", PosterLayout.A5X2);
        assertThat(pages(pdf)).isEqualTo(1);
        BufferedImage sheet = Pdfs.render(pdf, 150, "affiche-evenement").get(0);
        for (double[] cell : cells(PosterLayout.A5X2)) {
            assertThat(QrCodes.decode(sheet, cell[0], cell[1], cell[2], cell[3])).containsExactlyInAnyOrder(
                    "https://tresse.example.org/agenda.ics", "https://t.me/LaTresseBot", "mailto:bot@la-tresse.org?subject=%2Fparticipe%201%20oui");
        }
        assertThat(Pdfs.squashed(pdf)).contains("Repaircafé").contains("Rendez-vouslesamedi16mars2024à10h00").contains("30places.")
                .contains("écrivez«/participe1oui»");
        village.email.say("jo@village.fr", "/participe 1 oui");
        assertThat(village.email.lastReplyTo("jo@village.fr")).as("what the mail code sends is understood").contains("Repair café");
    }

    @Test
    void what_the_telegram_and_mail_codes_send_opens_poll_12_in_private() throws Exception {
        BufferedImage sheet = Pdfs.render(write("sondage", "12", PosterLayout.A4), 150, "affiche-a4").get(0);
        List<String> codes = QrCodes.decode(sheet);
        String telegram = codes.stream().filter(code -> code.startsWith("https://t.me/")).findFirst().orElseThrow();
        village.telegram.say("4242", "/start " + telegram.substring(telegram.indexOf("?start=") + 7));
        assertThat(village.telegram.lastReplyTo("4242")).contains("Sondage n°12").contains("Ouvrir le café le dimanche ?")
                .contains("/vote 12");
        String mail = codes.stream().filter(code -> code.startsWith("mailto:")).findFirst().orElseThrow();
        String subject = java.net.URLDecoder.decode(mail.substring(mail.indexOf("?subject=") + 9), java.nio.charset.StandardCharsets.UTF_8);
        village.email.say("jo@village.fr", subject);
        org.tresse.testkit.Delivered ballot = village.email.delivered().get(village.email.delivered().size() - 1);
        assertThat(ballot.to()).isEqualTo("jo@village.fr");
        assertThat(ballot.content().poll()).as("a ballot the mail connector answers by reply").isNotNull();
        assertThat(ballot.content().poll().key()).isEqualTo("12");
    }

    @Test
    void a_300_character_question_wraps_inside_each_poster_and_leaves_its_codes_readable() throws Exception {
        String question = LONG_QUESTION.replaceAll("\\s+", "");
        for (PosterLayout layout : PosterLayout.values()) {
            Path pdf = write("consultation", "13", layout);
            assertThat(pages(pdf)).as(layout.word()).isEqualTo(1);
            List<Glyphs.Glyph> glyphs = Glyphs.of(pdf, 1);
            BufferedImage sheet = Pdfs.render(pdf, 150, "affiche-longue-" + layout.word()).get(0);
            double sheetWidth = layout.landscape() ? 297 : 210;
            double sheetHeight = layout.landscape() ? 210 : 297;
            for (double[] cell : cells(layout)) {
                double left = cell[0] * sheetWidth;
                double top = cell[1] * sheetHeight;
                double right = left + cell[2] * sheetWidth;
                double codesTop = top + codesTop(layout);
                String above = Glyphs.inside(glyphs, left, top, right, codesTop);
                assertThat(above).as(layout.word() + ": the question, the invitation and the details above the codes")
                        .contains(question).contains("Donnezvotreavis").contains("Ouvertle");
                assertThat(QrCodes.decode(sheet, cell[0], cell[1], cell[2], cell[3])).hasSize(3);
            }
            for (Glyphs.Glyph glyph : glyphs) {
                assertThat(glyph.right()).as(layout.word() + " " + glyph).isLessThanOrEqualTo(sheetWidth);
                assertThat(glyph.bottom()).as(layout.word() + " " + glyph).isLessThanOrEqualTo(sheetHeight);
            }
        }
    }

    @Test
    void the_longest_question_tresse_accepts_is_cut_with_an_ellipsis_rather_than_pushed_over_the_codes() throws Exception {
        String longest = (LONG_QUESTION + " ").repeat(4).substring(0, org.tresse.core.poll.PollLimits.MAX_QUESTION - 1) + "?";
        village.console.say("ana", "/sondage \"" + longest + "\" --public");
        for (PosterLayout layout : List.of(PosterLayout.A4, PosterLayout.A6X4)) {
            Path pdf = write("sondage", "14", layout);
            assertThat(pages(pdf)).isEqualTo(1);
            List<Glyphs.Glyph> glyphs = Glyphs.of(pdf, 1);
            double width = cells(layout).get(0)[2] * 210;
            String above = Glyphs.inside(glyphs, 0, 0, width, codesTop(layout));
            assertThat(above).contains("Faut-iltransformer").contains("Votezdèsmaintenant").contains("Ouvertle");
            assertThat(Pdfs.render(pdf, 150, "affiche-1000-" + layout.word()).get(0)).satisfies(sheet ->
                    assertThat(QrCodes.decode(sheet, 0, 0, cells(layout).get(0)[2], cells(layout).get(0)[3])).hasSize(3));
        }
    }

    Path write(String subject, String reference, PosterLayout layout) {
        return village.core.database().inTransaction(handle -> village.posters.write(handle,
                new PosterRequest(subject, reference, layout, Language.FR), temp.resolve(subject + "-" + layout.word() + ".pdf")));
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return document.getNumberOfPages();
        }
    }

    /** Each poster of the sheet as fractions of the sheet: left, top, width, height. */
    static List<double[]> cells(PosterLayout layout) {
        return switch (layout) {
            case A4 -> List.of(new double[] {0, 0, 1, 1});
            case A5X2 -> List.of(new double[] {0, 0, 0.5, 1}, new double[] {0.5, 0, 0.5, 1});
            case A6X4 -> List.of(new double[] {0, 0, 0.5, 0.5}, new double[] {0.5, 0, 0.5, 0.5},
                    new double[] {0, 0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0.5, 0.5});
        };
    }

    /** Where the codes start in a poster, in millimetres (poster.css). */
    static double codesTop(PosterLayout layout) {
        return switch (layout) {
            case A4 -> 214;
            case A5X2 -> 150;
            case A6X4 -> 104;
        };
    }
}
