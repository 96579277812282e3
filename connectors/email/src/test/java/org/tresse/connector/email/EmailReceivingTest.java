package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.engine.InputPolicy;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** Mail in: commands, voices, quotes, trust, robots and bad input, against a real IMAP server. */
@StoreTest
class EmailReceivingTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private final RecordingSink sink = new RecordingSink();
    private EmailConnector connector;

    @BeforeEach
    void start() {
        connector = new EmailConnector(MailLab.options(greenMail), db.database(), Clock.systemUTC());
        connector.start(sink);
    }

    @AfterEach
    void stop() {
        connector.stop();
    }

    private Inbound awaitInbound(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.received().size() >= count);
        return sink.received().get(count - 1);
    }

    private void send(MimeMessage message) throws Exception {
        MailLab.send(greenMail, message);
    }

    @Test
    void a_command_in_the_subject_comes_from_the_sender_in_private() throws Exception {
        MimeMessage mail = MailLab.withMessageId(MailLab.mail("Ana Lopez <Ana@Example.org>", MailLab.BOT, "/abonner", ""),
                "<abc.1@example.org>");
        send(mail);

        Inbound inbound = awaitInbound(1);
        assertThat(inbound.channel()).isEqualTo("email");
        assertThat(inbound.text()).contains("/abonner");
        assertThat(inbound.sender()).isEqualTo(new Identity("email", "ana@example.org"));
        assertThat(inbound.senderName()).isEqualTo("Ana Lopez");
        assertThat(inbound.room()).isEqualTo("ana@example.org");
        assertThat(inbound.roomKind()).isEqualTo(RoomKind.PRIVATE);
        assertThat(inbound.eventId()).isEqualTo("<abc.1@example.org>");
        assertThat(inbound.verified()).isFalse();
        assertThat(inbound.cursor()).isPresent();
        assertThat(inbound.cursor().get().key()).isEqualTo("imap:INBOX");
        long validity = MailLab.folder(greenMail, "INBOX").getUidValidity();
        assertThat(inbound.cursor().get().value()).isEqualTo(validity + ":1");
    }

    @Test
    void a_command_on_the_first_line_of_the_body_wins_and_the_signature_is_dropped() throws Exception {
        send(MailLab.mail("ana@example.org", MailLab.BOT, "Bonjour",
                "\n/avis Le café devrait ouvrir le dimanche\n\nMerci !\n-- \nAna, 06 12 34 56 78\n"));

        assertThat(awaitInbound(1).text()).contains("/avis Le café devrait ouvrir le dimanche\n\nMerci !");
    }

    @Test
    void a_subject_command_keeps_the_body_and_reply_prefixes_are_ignored() throws Exception {
        send(MailLab.mail("ana@example.org", MailLab.BOT, "RE: Tr: /confirmer K7Q2", ""));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/avis", "Plus de bancs sur la place.\n\nEnvoyé de mon iPhone"));

        assertThat(awaitInbound(1).text()).contains("/confirmer K7Q2");
        assertThat(awaitInbound(2).text()).contains("/avis\nPlus de bancs sur la place.");
    }

    @Test
    void mail_to_the_feedback_address_becomes_a_voice() throws Exception {
        MimeMessage mail = MailLab.mail("marc@example.org", MailLab.PAROLE, "Les horaires", "Le café ferme trop tôt.");
        MailLab.send(greenMail, mail, new InternetAddress(MailLab.BOT));

        assertThat(awaitInbound(1).text()).contains("/avis Les horaires\nLe café ferme trop tôt.");
    }

    @Test
    void quoted_text_is_stripped_from_french_english_and_outlook_replies() throws Exception {
        send(MailLab.mail("ana@example.org", MailLab.BOT, "Re: Réunion",
                "/avis d'accord avec la proposition\n\nLe lun. 4 mars 2024 à 10:00, La Tresse <bot@tresse.test> a\n"
                        + "écrit :\n> Nouvelle proposition\n> /vote 12 pour\n"));
        send(MailLab.mail("john@example.org", MailLab.BOT, "Re: Meeting",
                "/avis fine by me\n\nOn Mon, Mar 4, 2024 at 10:00 AM La Tresse <bot@tresse.test> wrote:\n> quoted\n"));
        send(MailLab.mail("paul@example.org", MailLab.BOT, "RE: Réunion",
                "/avis oui\r\n\r\nDe : La Tresse <bot@tresse.test>\r\nEnvoyé : lundi 4 mars 2024 10:00\r\n"
                        + "À : Paul\r\nObjet : Réunion\r\n\r\n/vote 12 contre\r\n"));
        send(MailLab.mail("lea@example.org", MailLab.BOT, "RE: Meeting",
                "/avis yes\n\n-----Original Message-----\nFrom: La Tresse\nSent: Monday\n/vote 12 contre\n"));

        awaitInbound(4);
        assertThat(sink.received()).extracting(inbound -> inbound.text().orElseThrow())
                .containsExactly("/avis d'accord avec la proposition", "/avis fine by me", "/avis oui", "/avis yes");
    }

    @Test
    void a_forged_from_is_not_verified_and_a_dmarc_pass_from_our_server_is() throws Exception {
        MimeMessage forged = MailLab.mail("coordination@tresse.test", MailLab.BOT, "/annonce Fermeture du café", "");
        forged.addHeader("Authentication-Results", "evil.example; dmarc=pass header.from=tresse.test");
        send(forged);
        send(MailLab.receivedBy(MailLab.mail("coordination@tresse.test", MailLab.BOT, "/annonce Fermeture", ""),
                "dkim=fail header.d=tresse.test; spf=softfail smtp.mailfrom=coordination@tresse.test;"
                        + " dmarc=fail header.from=tresse.test"));
        send(MailLab.receivedBy(MailLab.mail("ana@example.org", MailLab.BOT, "/annonce Marché samedi", ""),
                "\r\n\tdkim=pass (2048-bit key) header.d=example.org header.s=mail; spf=pass smtp.mailfrom=ana@example.org;"
                        + " dmarc=pass (p=quarantine) header.from=example.org"));

        awaitInbound(3);
        assertThat(sink.received()).extracting(Inbound::verified).containsExactly(false, false, true);
    }

    @Test
    void a_result_written_by_the_sender_with_our_authserv_id_is_not_believed() throws Exception {
        // the receiving server added no result of its own (as many do for their logged-in users)
        MimeMessage forged = MailLab.mail("coordination@tresse.test", MailLab.BOT, "/decision Fermeture", "");
        forged.addHeader("Authentication-Results", MailLab.AUTHSERV + "; dmarc=pass header.from=tresse.test");
        send(forged);
        // the server says DMARC failed; SPF and DKIM pass for a subdomain, which DMARC did not accept
        send(MailLab.receivedBy(MailLab.mail("ana@lists.example.org", MailLab.BOT, "/decision Ouverture", ""),
                "dkim=pass header.d=example.org; spf=pass smtp.mailfrom=bounce@example.org;"
                        + " dmarc=fail (p=reject) header.from=lists.example.org"));

        awaitInbound(2);
        assertThat(sink.received()).extracting(Inbound::verified).containsExactly(false, false);
    }

    @Test
    void robots_are_never_answered() throws Exception {
        MimeMessage vacation = MailLab.mail("ana@example.org", MailLab.BOT, "Réponse automatique : absente", "Je suis absente.");
        vacation.setHeader("Auto-Submitted", "auto-replied");
        send(vacation);
        MimeMessage bulk = MailLab.mail("news@example.org", MailLab.BOT, "/aide", "Lettre");
        bulk.setHeader("Precedence", "bulk");
        send(bulk);
        MimeMessage list = MailLab.mail("list@example.org", MailLab.BOT, "/aide", "Liste");
        list.setHeader("List-Id", "<village.lists.example.org>");
        send(list);
        send(MailLab.mail("ana@example.org", MailLab.BOT, "Out of Office: back on Monday", "/aide"));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/aide", "written by a person"));

        Inbound only = awaitInbound(1);
        assertThat(only.text()).contains("/aide\nwritten by a person");
        await().atMost(Duration.ofSeconds(30)).until(() -> seenCount() == 5);
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void an_html_only_mail_is_read_as_text_without_its_quote() throws Exception {
        MimeMessage mail = new MimeMessage(MailLab.session());
        mail.setFrom(new InternetAddress("ana@example.org"));
        mail.setRecipients(MimeMessage.RecipientType.TO, MailLab.BOT);
        mail.setSubject("Idée");
        mail.setContent("<html><body><div>/avis <b>Le marché</b> &amp; la fête</div><div>à la salle</div>"
                + "<blockquote type=\"cite\">ancien message</blockquote></body></html>", "text/html; charset=UTF-8");
        send(mail);

        assertThat(awaitInbound(1).text()).contains("/avis Le marché & la fête\nà la salle");
    }

    @Test
    void an_empty_subject_and_body_still_arrive_without_crashing() throws Exception {
        send(MailLab.mail("ana@example.org", MailLab.BOT, "", ""));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/aide", ""));

        assertThat(awaitInbound(1).text()).contains("");
        assertThat(awaitInbound(2).text()).contains("/aide");
    }

    @Test
    void a_huge_body_is_cut_and_left_for_the_engine_to_refuse() throws Exception {
        String line = "Une très longue histoire du village, racontée ligne après ligne.\n";
        send(MailLab.mail("ana@example.org", MailLab.BOT, "Histoire", "/avis " + line.repeat(40_000)));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/aide", ""));

        String text = awaitInbound(1).text().orElseThrow();
        assertThat(text).startsWith("/avis Une très longue histoire");
        assertThat(text.length()).isGreaterThan(InputPolicy.MAX_TEXT_LENGTH).isLessThanOrEqualTo(300_000);
        assertThat(awaitInbound(2).text()).contains("/aide");
    }

    @Test
    void an_unknown_charset_falls_back_and_attachments_are_ignored() throws Exception {
        String raw = "From: ana@example.org\r\nTo: " + MailLab.BOT + "\r\nSubject: =?x-inconnu?Q?caf=E9?=\r\n"
                + "Message-ID: <charset.1@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=\"x-inconnu-42\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "/avis L'été au café\r\n";
        send(new MimeMessage(MailLab.session(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));

        MimeMessage withAttachment = MailLab.mail("ana@example.org", MailLab.BOT, "Photos", "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("/avis voir la pièce jointe", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setText("/annonce pirate", "UTF-8");
        attachment.setFileName("notes.txt");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeBodyPart binary = new MimeBodyPart();
        binary.setContent(new byte[300_000], "application/octet-stream");
        binary.setFileName("photo.jpg");
        withAttachment.setContent(new MimeMultipart(attachment, text, binary));
        send(withAttachment);

        assertThat(awaitInbound(1).text()).contains("/avis L'été au café");
        assertThat(awaitInbound(2).text()).contains("/avis voir la pièce jointe");
    }

    @Test
    void handled_mail_is_flagged_seen_and_a_mail_without_message_id_gets_a_stable_event_id() throws Exception {
        send(MailLab.withMessageId(MailLab.mail("ana@example.org", MailLab.BOT, "/aide", ""), null));

        Inbound inbound = awaitInbound(1);
        assertThat(inbound.eventId()).startsWith("imap:").hasSize(5 + 32);
        await().atMost(Duration.ofSeconds(30)).until(() -> seenCount() == 1);
    }

    @Test
    void an_overlong_message_id_or_address_cannot_block_the_mailbox() throws Exception {
        send(MailLab.withMessageId(MailLab.mail("ana@example.org", MailLab.BOT, "/avis long", ""),
                "<" + "x".repeat(390) + "@example.org>"));
        send(MailLab.mail("a".repeat(300) + "@example.org", MailLab.BOT, "/avis trop long", ""));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/avis après", ""));

        assertThat(awaitInbound(1).eventId()).startsWith("imap:");
        assertThat(awaitInbound(2).text()).contains("/avis après");
        await().atMost(Duration.ofSeconds(30)).until(() -> seenCount() == 3);
    }

    @Test
    void a_database_failure_leaves_the_mail_unread_until_it_is_handled_once() throws Exception {
        sink.failWith(new org.tresse.core.store.StorageException("database down", null));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/aide", ""));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).until(() -> true);
        assertThat(seenCount()).isZero();

        sink.failWith(null);
        assertThat(awaitInbound(1).text()).contains("/aide");
        await().atMost(Duration.ofSeconds(30)).until(() -> seenCount() == 1);
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void thousands_of_reply_prefixes_in_a_subject_are_read_and_the_next_mail_too() throws Exception {
        send(MailLab.mail("ana@example.org", MailLab.BOT, "Re: ".repeat(5_000) + "/aide", ""));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/abonner", ""));

        assertThat(awaitInbound(1).text()).contains("/aide");
        assertThat(awaitInbound(2).text()).contains("/abonner");
        await().atMost(Duration.ofSeconds(30)).until(() -> seenCount() == 2);
    }

    @Test
    void a_mail_whose_handling_overflows_the_stack_is_left_for_a_person_and_the_next_is_read() throws Exception {
        sink.poisonOn("#t#t#t");
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/avis #t#t#t", ""));
        send(MailLab.mail("ana@example.org", MailLab.BOT, "/abonner", ""));

        assertThat(awaitInbound(1).text()).contains("/abonner");
        await().atMost(Duration.ofSeconds(30)).until(() -> seenCount() == 1);
        assertThat(sink.cursor("INBOX")).hasValueSatisfying(value -> assertThat(value).endsWith(":2"));
        assertThat(sink.calls()).isEqualTo(2);
    }

    private int seenCount() throws Exception {
        return MailLab.seen(greenMail);
    }
}
