package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.TresseConfig;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;

/**
 * {@code tresse run} with email: a coordinator who writes {@code /rapport} to the bot (and confirms it
 * by replying, as every command that changes something by email) receives the report as a PDF
 * attached to the answer, through a real mail server; the console, which carries no file, gets the link.
 */
class ReportByEmailAppTest {
    private static final String CORA = "cora@example.org";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailedTresse.greenMail();

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PipedOutputStream console;
    private TresseApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        console.close();
    }

    @Test
    void a_coordinator_asking_by_email_gets_the_report_attached_and_the_console_gets_the_link() throws Exception {
        start();
        coordinator(CORA);

        mailToBot(CORA, "/rapport --du 2026-01-01", "/rapport --du 2026-01-01\n\nCora");
        MimeMessage confirm = awaitMail(CORA, 1);
        assertThat(text(confirm)).contains("/rapport --du 2026-01-01");
        replyTo(confirm, CORA, "oui");

        MimeMessage answer = awaitMail(CORA, 2);
        assertThat(answer.isMimeType("multipart/mixed")).as("the answer carries a file").isTrue();
        Multipart mixed = (Multipart) answer.getContent();
        assertThat(text(answer)).contains("Voici le rapport, en pièce jointe : rapport-2026-01-01-");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.isMimeType("application/pdf")).isTrue();
        assertThat(file.getFileName()).matches("rapport-2026-01-01-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        byte[] pdf;
        try (InputStream in = file.getInputStream()) {
            pdf = in.readAllBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Rapport d’activité").contains("Les Amis du Lavoir");
        }
        Path eml = Path.of("target", "report-by-email.eml");
        try (OutputStream out = Files.newOutputStream(eml)) {
            answer.writeTo(out);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> app.core().database().inTransaction(handle ->
                handle.count("select count(*) from outbox_file")) == 0);

        say("/rapport --du 2026-01-01");
        await().atMost(Duration.ofSeconds(60)).until(() -> printed().contains("Le rapport est prêt : https://lavoir.example/impressions/"));
    }

    @Test
    void the_minutes_mailed_to_a_member_carry_their_pdf_beside_the_markdown_and_html() throws Exception {
        start();
        member("eve@example.org");
        // an hour from now, whatever the time of day: at 20:00 "today at 20:00" would already be past
        String soon = Clock.systemUTC().instant().plus(Duration.ofHours(1)).atZone(java.time.ZoneId.of("Europe/Paris"))
                .toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        say("/evenement \"Réunion mensuelle\" --le " + soon + " --lieu \"La Vayssade\"");
        say("/reunion ouvrir 1");
        say("/reunion note \"Le four arrive en janvier.\"");
        say("/reunion clore");

        MimeMessage minutes = awaitMail("eve@example.org", 1);
        assertThat(text(minutes)).contains("Compte rendu — Réunion mensuelle");
        Multipart mixed = (Multipart) minutes.getContent();
        List<String> names = new java.util.ArrayList<>();
        for (int index = 1; index < mixed.getCount(); index++) {
            names.add(mixed.getBodyPart(index).getFileName());
        }
        assertThat(names).containsExactly("compte-rendu-1.md", "compte-rendu-1.html", "compte-rendu-1.pdf");
        BodyPart pdf = mixed.getBodyPart(3);
        assertThat(pdf.isMimeType("application/pdf")).isTrue();
        try (InputStream in = pdf.getInputStream(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Réunion mensuelle", "Le four arrive en janvier.");
        }
        Path eml = Path.of("target", "minutes-by-email.eml");
        try (OutputStream out = Files.newOutputStream(eml)) {
            minutes.writeTo(out);
        }
    }

    private void member(String address) {
        app.core().database().useTransaction(handle -> {
            long id = app.core().people().resolve(handle, new Identity("email", address), "Eve").id();
            app.core().people().grant(handle, id, Role.MEMBER, Optional.empty());
        });
    }

    private void start() throws Exception {
        TresseConfig config = MailedTresse.config(directory, greenMail, "https://lavoir.example");
        console = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(console);
        app = TresseApp.start(config, new ConsoleIo(input, new PrintStream(printed, true, StandardCharsets.UTF_8),
                false, "ana"), Clock.systemUTC(), () -> { });
    }

    private void coordinator(String address) {
        app.core().database().useTransaction(handle -> {
            long id = app.core().people().resolve(handle, new Identity("email", address), "Cora").id();
            app.core().people().grant(handle, id, Role.COORDINATOR, Optional.empty());
        });
    }

    /** Types a line on the console and waits for its answer. */
    private void say(String line) throws Exception {
        int before = printed().length();
        console.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        console.flush();
        await().atMost(Duration.ofSeconds(60)).until(() -> printed().length() > before);
    }

    private String printed() {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    private void mailToBot(String from, String subject, String body) throws Exception {
        send(mail(from, "bot@lavoir.example", subject, body));
    }

    /** Answers as a mail client does: to the Reply-To (an alias the mail server puts in the bot's mailbox). */
    private void replyTo(MimeMessage received, String from, String body) throws Exception {
        String to = ((InternetAddress) received.getReplyTo()[0]).getAddress();
        MimeMessage answer = mail(from, to, "Re: " + received.getSubject(), body);
        answer.setHeader("In-Reply-To", received.getMessageID());
        send(answer);
    }

    private static MimeMessage mail(String from, String to, String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.saveChanges();
        return message;
    }

    private static void send(MimeMessage message) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new Address[] {new InternetAddress("bot@lavoir.example")});
        }
    }

    private MimeMessage awaitMail(String to, int count) {
        await().atMost(Duration.ofSeconds(90)).until(() -> mailsTo(to).size() >= count);
        return mailsTo(to).get(count - 1);
    }

    private static List<MimeMessage> mailsTo(String to) {
        return MailedTresse.mailsTo(greenMail, to);
    }

    /** The plain text of a mail Tresse wrote (its first text/plain part). */
    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int index = 0; index < multipart.getCount(); index++) {
                String found = text(multipart.getBodyPart(index));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
