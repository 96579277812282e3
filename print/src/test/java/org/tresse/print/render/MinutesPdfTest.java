package org.tresse.print.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;
import org.tresse.core.meeting.Minutes;
import org.tresse.print.Pdfs;

/** A meeting's minutes as PDF, read back: its sections and decisions in order, its fonts embedded, its language said. */
class MinutesPdfTest {
    @TempDir
    Path temp;

    @Test
    void the_minutes_read_back_with_their_decisions_and_embedded_fonts() throws Exception {
        Minutes minutes = new Minutes("Compte rendu — Réunion mensuelle", "mardi 5 mars 2024 à 20:00, La Vayssade", List.of(
                new Minutes.Section("Ordre du jour", List.of("Achat d’un four à pain", "Fête de la musique"), true),
                new Minutes.Section("Présences", List.of("12 dans la salle, 3 en ligne, 15 en tout"), false),
                new Minutes.Section("Décisions", List.of("Décision n°1 « Acheter un four à pain ? » : adoptée (Pour 10, Contre 3, Abstention 1 ; "
                        + "en salle 11, en ligne 3)"), true),
                new Minutes.Section("Notes", List.of("Le four sera livré en avril <b>pas en gras</b> & sans souci."), false)));

        Path pdf = MinutesPdf.write(minutes, Language.FR, temp.resolve("compte-rendu-1.pdf"));

        String text = Pdfs.squashed(pdf);
        assertThat(text).contains("Compterendu—Réunionmensuelle").contains("OrdredujourAchatd’unfouràpainFêtedelamusiquePrésences")
                .contains("Décisionn°1«Acheterunfouràpain?»:adoptée(Pour10,Contre3,Abstention1;ensalle11,enligne3)")
                .contains("<b>pasengras</b>&sanssouci.");
        assertThat(text).as("the numbered lists' markers").startsWith("1.2.1.");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Pdfs.render(pdf, 100, "compte-rendu");
    }
}
