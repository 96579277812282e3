package org.tresse.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;
import org.tresse.core.poll.PollActivity;
import org.tresse.print.poster.EventPoster;
import org.tresse.print.poster.PollPoster;
import org.tresse.print.poster.PosterLayout;
import org.tresse.print.poster.PosterRequest;
import org.tresse.print.poster.Posters;
import org.tresse.print.report.ReportRequest;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Reports;
import org.tresse.print.report.sections.ParticipationSection;
import org.tresse.testkit.TestDatabase;

/** What was asked is wrong: a clear French answer saying how to write it, and not a byte written. */
class BadInputTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path temp;
    Path out;

    ScriptedPeriod village;

    @BeforeEach
    void open() throws Exception {
        out = Files.createDirectory(temp.resolve("sortie"));
        village = ScriptedPeriod.empty(db.database(), temp);
        village.console.say("ana", "/moi");
        village.console.say("ana", "/role console:ana membre");
        village.console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --jusqua 3j");
        village.console.say("ana", "/sondage \"Acheter un four ?\"");
        village.console.say("ana", "/clore 2");
    }

    @Test
    void a_period_that_ends_before_it_starts_or_starts_tomorrow_is_refused() {
        assertThat(report(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1), Optional.empty()))
                .isEqualTo("La période est vide : --au (1er mars 2024) tombe avant --du (2 mars 2024). "
                        + "Écrivez par exemple --du 2024-03-01 --au 2024-06-30.");
        assertThat(report(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 31), Optional.empty()))
                .startsWith("La période commence le 3 mars 2024, après aujourd’hui (2 mars 2024)");
        assertNothingWritten();
    }

    @Test
    void a_group_that_does_not_exist_is_refused_with_the_groups_there_are() {
        assertThat(report(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), Optional.of("jardin")))
                .isEqualTo("Le groupe « jardin » n’existe pas. Groupes de l’association : bureau, cafe.");
        assertNothingWritten();
    }

    @Test
    void a_period_that_goes_on_after_today_stops_today_and_an_open_poll_is_en_cours() throws Exception {
        Path written = village.core.database().inTransaction(handle -> village.reports.write(handle,
                new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), Optional.of("CAFE"), PrintFormat.MARKDOWN,
                        Language.FR), out.resolve("rapport.md")));
        String text = Files.readString(written);
        assertThat(text).contains("# Rapport d’activité — Café associatif").contains("Du 1er mars 2024 au 2 mars 2024")
                .contains("Période en cours : les chiffres s’arrêtent au 2 mars 2024 inclus.")
                .contains("Aucun sondage ni consultation n’était ouvert pendant cette période.");
        String all = Files.readString(village.core.database().inTransaction(handle -> village.reports.write(handle,
                new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), Optional.empty(), PrintFormat.MARKDOWN,
                        Language.FR), out.resolve("tout.md"))));
        assertThat(all).contains("| [1](https://tresse.example.org/sondages/1) | Ouvrir le café le dimanche ? (proposition) | en cours jusqu’au 5 mars |")
                .contains("| en cours | — |").contains("Acheter un four ? (proposition) | clos le 2 mars").contains("| sans quorum | sans participation | — |")
                .doesNotContain("rejetée").contains("Aucun avis").contains("Aucune annonce");
    }

    @Test
    void a_logo_that_is_missing_or_not_an_image_is_refused_before_anything_is_read_or_written() throws Exception {
        Path text = Files.writeString(temp.resolve("logo.png"), "pas une image");
        for (Path logo : new Path[] {temp.resolve("absent.png"), text}) {
            ScriptedPeriod branded = ScriptedPeriod.empty(village.core.database(), temp, Branding.named("La Tresse").withLogo(logo));
            String refusal = branded.refusal(() -> branded.core.database().useTransaction(handle -> branded.reports.write(handle,
                    new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), Optional.empty(), PrintFormat.PDF, Language.FR),
                    out.resolve("rapport.pdf"))));
            assertThat(refusal).contains(logo.toString()).contains(logo.equals(text) ? "n’est pas une image lisible" : "est introuvable")
                    .endsWith("Rien n’a été écrit.");
            String poster = branded.refusal(() -> branded.core.database().useTransaction(handle -> branded.posters.write(handle,
                    new PosterRequest("sondage", "1", PosterLayout.A4, Language.FR), out.resolve("affiche.pdf"))));
            assertThat(poster).isEqualTo(refusal);
        }
        assertNothingWritten();
    }

    @Test
    void a_real_logo_prints_on_the_report_and_the_poster() throws Exception {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 120, 60);
        graphics.setColor(new java.awt.Color(0x23, 0x4f, 0x45));
        graphics.fillOval(5, 5, 50, 50);
        graphics.fillRect(65, 15, 50, 30);
        graphics.dispose();
        Path logo = temp.resolve("logo.png");
        ImageIO.write(image, "png", logo.toFile());
        ScriptedPeriod branded = ScriptedPeriod.empty(village.core.database(), temp, Branding.named("La Tresse").withLogo(logo));
        Path poster = branded.core.database().inTransaction(handle -> branded.posters.write(handle,
                new PosterRequest("sondage", "1", PosterLayout.A5X2, Language.FR), out.resolve("affiche.pdf")));
        BufferedImage sheet = Pdfs.render(poster, 100, "affiche-logo").get(0);
        int dark = 0;
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 200; x++) {
                dark += (sheet.getRGB(x, y) & 0xff) < 0x60 ? 1 : 0;
            }
        }
        assertThat(dark).as("the logo's dark shapes in the top left corner").isGreaterThan(500);
    }

    @Test
    void a_poster_of_a_closed_an_unknown_or_an_unwritable_thing_is_refused() {
        assertThat(poster("sondage", "2", village.posters))
                .startsWith("Le sondage 2 est clos : une affiche inviterait à voter pour rien.");
        assertThat(poster("sondage", "99", village.posters)).contains("99");
        assertThat(poster("sondage", "douze", village.posters)).contains("douze");
        assertThat(poster("tract", "1", village.posters)).isEqualTo("Je ne sais pas faire d’affiche pour « tract » : écrivez sondage 12, "
                + "consultation 12, evenement 3 ou bot.");
        assertThat(poster("évènement", "3", village.posters)).isEqualTo("Il n’y a pas d’événement n°3. Tapez /agenda pour voir les événements à venir.");
        village.console.say("ana", "/evenement \"Loto\" --le samedi 16 mars 20h");
        village.console.say("ana", "/evenement annuler 1");
        assertThat(poster("evenement", "1", village.posters)).isEqualTo("L’événement n°1 est annulé : une affiche inviterait à venir pour rien.");
        assertThat(poster("bot", "3", village.posters)).isEqualTo("L’affiche du bot ne prend pas de numéro : écrivez simplement affiche bot.");
        Posters unlinked = new Posters(village.core.clock(), village.core.zone(), village.i18n, Branding.named("La Tresse"), Links.none())
                .standard(new PollPoster(village.polls), new EventPoster(village.events));
        assertThat(poster("sondage", "1", unlinked)).startsWith("Aucune adresse à mettre en code QR").contains("web.public-url")
                .contains("channels.telegram.username").contains("channels.email.address");
        assertNothingWritten();
    }

    @Test
    void a_missing_folder_or_a_folder_as_target_is_refused() {
        ReportRequest request = new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), Optional.empty(), PrintFormat.PDF,
                Language.FR);
        assertThat(village.refusal(() -> village.core.database().useTransaction(handle ->
                village.reports.write(handle, request, temp.resolve("nulle-part").resolve("rapport.pdf")))))
                .startsWith("Le dossier " + temp.resolve("nulle-part") + " n’existe pas");
        assertThat(village.refusal(() -> village.core.database().useTransaction(handle -> village.reports.write(handle, request, out))))
                .startsWith(out + " est un dossier");
        assertNothingWritten();
    }

    @Test
    void a_section_that_fails_is_replaced_by_a_note_and_the_rest_prints() throws Exception {
        Reports failing = new Reports(village.core.clock(), village.core.zone(), village.i18n, village.core.groups(), Branding.named("La Tresse"),
                Links.none(), java.util.List.<ReportSection>of((handle, scope) -> {
                    throw new IllegalStateException("boom");
                }, new ParticipationSection(village.polls, new PollActivity())));
        Path written = village.core.database().inTransaction(handle -> failing.write(handle, new ReportRequest(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 2), Optional.empty(), PrintFormat.HTML, Language.FR), out.resolve("rapport.html")));
        assertThat(Files.readString(written)).contains("Partie manquante").contains("Ouvrir le café le dimanche ?").doesNotContain("boom");
    }

    private String report(LocalDate from, LocalDate to, Optional<String> group) {
        return village.refusal(() -> village.core.database().useTransaction(handle -> village.reports.write(handle,
                new ReportRequest(from, to, group, PrintFormat.PDF, Language.FR), out.resolve("rapport.pdf"))));
    }

    private String poster(String subject, String reference, Posters posters) {
        return village.refusal(() -> village.core.database().useTransaction(handle -> posters.write(handle,
                new PosterRequest(subject, reference, PosterLayout.A4, Language.FR), out.resolve("affiche.pdf"))));
    }

    private void assertNothingWritten() {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
