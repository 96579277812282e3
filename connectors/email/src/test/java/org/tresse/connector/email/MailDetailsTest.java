package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.header;
import static org.tresse.connector.email.MailVillage.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 11, item 7: a mail command reads its command line only; a damaged ballot token gets the
 * help, not a voice; raw UTF-8 headers are read as UTF-8, by the vacation filter too; a voter
 * reached only by email gets the result; an answer to a consultation written as people write mail
 * (paragraphs, a quote left open, a dash, a hundred words) is kept whole, not cut to its first line
 * nor refused as a miswritten command.
 */
@StoreTest
class MailDetailsTest {
    private static final String BOB = "bob@example.org";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private MailVillage village;

    @BeforeEach
    void start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("console:ana", "Ana", Role.COORDINATOR);
        village.person("email:" + BOB, "Bob", Role.MEMBER);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    private long voices() {
        return village.count("select count(*) from voice");
    }

    @Test
    void help_is_the_command_line_only_whatever_follows_it() throws Exception {
        village.mail(BOB, "/aide", "Bonjour, je ne sais pas comment faire. Pouvez-vous m’aider ?\nMerci d’avance,\nBob");
        village.mail(BOB, "Question", "/aide\n\nMerci !");
        village.mail(BOB, "/aide sondage", "Merci !");

        assertThat(text(village.awaitMail(BOB, 1))).contains("Voici les commandes").doesNotContain("trop de mots");
        assertThat(text(village.awaitMail(BOB, 2))).contains("Voici les commandes");
        assertThat(text(village.awaitMail(BOB, 3))).contains("/sondage, /poll").doesNotContain("trop de mots");
        assertThat(voices()).isZero();
    }

    @Test
    void a_damaged_ballot_token_gets_the_help_of_vote_not_a_voice() throws Exception {
        village.console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\"");
        MimeMessage ballot = village.awaitMail(BOB, 1);
        String token = ((InternetAddress) ballot.getReplyTo()[0]).getAddress();
        String damaged = token.replaceFirst("\\+v\\.(.)", "+v." + (token.charAt(6) == 'a' ? "b" : "a"));
        assertThat(damaged).isNotEqualTo(token);

        village.mail(MailLab.mail(BOB, damaged, "Re: " + ballot.getSubject(), "pour"));

        assertThat(text(village.awaitMail(BOB, 2))).contains("/vote, /voter");
        assertThat(voices()).isZero();
        assertThat(village.count("select count(*) from ballot")).isZero();
    }

    @Test
    void raw_utf8_headers_are_read_as_utf8_and_a_vacation_notice_in_them_is_not_answered() throws Exception {
        village.mail(raw("From: Élodie Müller <elodie@example.org>\r\nTo: " + MailLab.BOT + "\r\n"
                + "Subject: /avis Le café est fermé à 14 h\r\n", "Dommage pour les habitués."));
        village.mail(raw("From: Élodie Müller <elodie@example.org>\r\nTo: " + MailLab.BOT + "\r\n"
                + "Subject: Réponse automatique : absente jusqu’au 12\r\n", "Je suis absente."));

        java.util.Optional<String> voice = village.read(handle -> handle.one("select text from voice", row -> row.getString(1)));
        assertThat(voice).hasValue("Le café est fermé à 14 h\nDommage pour les habitués.");
        assertThat(village.personOf("email:elodie@example.org").displayName()).isEqualTo("Élodie Müller");
        MimeMessage receipt = village.awaitMail("elodie@example.org", 1);
        assertThat(receipt.getSubject()).isEqualTo("Re: /avis Le café est fermé à 14 h");
        village.deliver();
        assertThat(village.mailsTo("elodie@example.org")).hasSize(1);
        assertThat(voices()).isOne();
    }

    @Test
    void a_voter_reached_only_by_email_gets_the_result() throws Exception {
        village.console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\"");
        village.reply(village.awaitMail(BOB, 1), BOB, "pour");
        assertThat(text(village.awaitMail(BOB, 2))).contains("Pour");

        village.console.say("ana", "/clore 1");

        MimeMessage result = village.awaitMail(BOB, 3);
        assertThat(text(result)).contains("Ouvrir le café le dimanche ?").contains("Adoptée");
        assertThat(header(result, "List-Unsubscribe")).isNull();
        assertThat(((InternetAddress) result.getReplyTo()[0]).getAddress()).isEqualTo(MailLab.BOT);
        assertThat(village.console.lastReplyTo("ana")).contains("Ouvrir le café le dimanche ?");
    }

    /** A mail whose headers are raw 8-bit UTF-8 (RFC 6532), as some clients and servers write them. */
    private static MimeMessage raw(String headers, String body) throws Exception {
        String mail = headers + "Message-ID: <" + System.nanoTime() + "@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        return new MimeMessage(MailLab.session(), new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_reply_of_several_paragraphs_to_a_consultation_ballot_is_kept_whole() throws Exception {
        village.subscribed(BOB);
        village.console.say("ana", "/sondage \"Que voudriez-vous à la ressourcerie ?\" --type consultation");
        MimeMessage ballot = village.awaitMail(BOB, 1);
        String answer = "Bonjour,\n\nUn coin \"réparation pour les vélos -- avec des outils " + "et des bénévoles le samedi ".repeat(20).strip()
                + "\n\nEt des livres pour les enfants, l'hiver surtout.\n\nBob";

        village.reply(ballot, BOB, answer);

        assertThat(text(village.awaitMail(BOB, 2))).contains("réponse au n°1 est enregistrée");
        String kept = village.read(handle -> handle.one("select text from consultation_answer", row -> row.getString(1))).orElseThrow();
        assertThat(kept).isEqualTo(answer);
    }
}
