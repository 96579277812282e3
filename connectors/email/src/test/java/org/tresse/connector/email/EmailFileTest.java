package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeBodyPart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** A report's PDF travels as an application/pdf attachment in base64, read back whole by PDFBox. */
@StoreTest
class EmailFileTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    @Order(1)
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    @RegisterExtension
    @Order(2) // after the database: starts on it
    final MailToEve eve = new MailToEve(greenMail, db);

    @Test
    void a_pdf_is_attached_in_base64_after_the_text_and_reads_back_whole() throws Exception {
        assertThat(eve.connector().capabilities().can(ChannelCapabilities.Ability.FILES)).isTrue();
        byte[] pdf = pdf("Rapport d'activite - La Tresse");
        Content content = Content.notice("Voici le rapport, en pièce jointe : rapport.pdf.").withAttachments(List.of(
                Attachment.file("rapport-2024-03-01-2024-06-30.pdf", "application/pdf", pdf, "Le rapport est prêt : https://x/impressions/r")));

        MailToEve.Received mail = eve.send(4, content);

        BodyPart file = mail.file();
        assertThat(file.isMimeType("application/pdf")).isTrue();
        assertThat(((MimeBodyPart) file).getEncoding()).isEqualTo("base64");
        assertThat(file.getFileName()).isEqualTo("rapport-2024-03-01-2024-06-30.pdf");
        byte[] received = mail.fileBytes();
        assertThat(received).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(received)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Rapport d'activite - La Tresse");
        }
        assertThat(mail.text()).contains("Voici le rapport, en pièce jointe");
    }

    static byte[] pdf(String title) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                text.newLineAtOffset(72, 700);
                text.showText(title);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
