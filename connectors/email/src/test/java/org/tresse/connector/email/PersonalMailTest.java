package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.header;
import static org.tresse.connector.email.MailVillage.text;

import java.time.Duration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 11, items 4 and 5: a personal message (a voice's acknowledgement, a coordinator's answer,
 * a vote's confirmation) is threaded on what it answers and carries no list header nor
 * unsubscribe footer; a suspended address still gets them; a coordinator answering is told the
 * truth about delivery.
 */
@StoreTest
class PersonalMailTest {
    private static final String BOB = "bob@example.org";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private MailVillage village;

    @AfterEach
    void stop() {
        if (village != null) {
            village.close();
        }
    }

    private MailVillage start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("console:ana", "Ana", Role.COORDINATOR);
        village.person("email:" + BOB, "Bob", Role.MEMBER);
        village.subscribed(BOB);
        return village;
    }

    private static void assertPersonal(MimeMessage mail, String answers) throws Exception {
        assertThat(header(mail, "In-Reply-To")).isEqualTo(answers);
        assertThat(header(mail, "References")).contains(answers);
        assertThat(header(mail, "List-Unsubscribe")).isNull();
        assertThat(header(mail, "List-Unsubscribe-Post")).isNull();
        assertThat(text(mail)).doesNotContain("/desabonner").doesNotContain("ne plus recevoir");
    }

    @Test
    void acknowledgements_answers_and_vote_confirmations_are_threaded_personal_mail() throws Exception {
        start();
        village.mail(MailLab.withMessageId(MailLab.mail(BOB, MailLab.BOT, "Le banc", "Le banc de la place est cassé."),
                "<voice.1@example.org>"));
        MimeMessage acknowledgement = village.awaitMail(BOB, 1);
        assertThat(text(acknowledgement)).contains("avis n°1");
        assertThat(acknowledgement.getSubject()).isEqualTo("Re: Le banc");
        assertPersonal(acknowledgement, "<voice.1@example.org>");

        village.console.say("ana", "/repondre 1 On le répare samedi.");
        MimeMessage answer = village.awaitMail(BOB, 2);
        assertThat(text(answer)).contains("On le répare samedi.");
        assertPersonal(answer, "<voice.1@example.org>");

        village.console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\"");
        MimeMessage ballot = village.awaitMail(BOB, 3);
        assertThat(ballot.getSubject()).startsWith("Vote 1");
        assertThat(header(ballot, "List-Unsubscribe")).isNull();
        village.reply(ballot, BOB, "pour");
        MimeMessage confirmation = village.awaitMail(BOB, 4);
        assertThat(text(confirmation)).contains("sondage n°1").contains("Pour");
        String bobsReply = village.read(handle -> handle.one("select event_id from inbound_log where channel = 'email'"
                + " order by received_at desc, event_id fetch first 1 rows only", row -> row.getString(1))).orElseThrow();
        assertPersonal(confirmation, bobsReply);

        // a newsletter, by contrast, is one
        village.console.say("ana", "/annonce \"Marché samedi\" --tous --canaux email");
        village.console.say("ana", "/confirmer 1");
        MimeMessage newsletter = village.awaitMail(BOB, 5);
        assertThat(header(newsletter, "List-Unsubscribe")).contains("mailto:bot+u.");
        assertThat(header(newsletter, "In-Reply-To")).isNull();
        assertThat(text(newsletter)).contains("/desabonner");
    }

    @Test
    void a_suspended_address_gets_no_newsletter_but_every_personal_answer() throws Exception {
        start();
        village.console.say("ana", "/annonce \"Marché samedi\" --tous --canaux email");
        village.console.say("ana", "/confirmer 1");
        String returnPath = header(village.awaitMail(BOB, 1), "Return-Path").replaceAll("[<>]", "");
        for (int index = 1; index <= 3; index++) {
            village.mail(MailLab.dsn("<dsn." + index + "@mx.example.org>", returnPath, BOB, "5.1.1"));
        }
        assertThat(village.connector.bounces().isSuspended(BOB)).isTrue();

        village.mail(MailLab.withMessageId(MailLab.mail(BOB, MailLab.BOT, "Le banc", "Le banc est cassé."),
                "<voice.2@example.org>"));
        assertThat(text(village.awaitMail(BOB, 2))).contains("avis n°1");
        village.console.say("ana", "/repondre 1 On le répare samedi.");
        assertThat(text(village.awaitMail(BOB, 3))).contains("On le répare samedi.");
        village.advance(Duration.ofMinutes(5));
        assertThat(village.console.repliesTo("ana")).noneMatch(text -> text.contains("pas pu être remise"));

        village.console.say("ana", "/annonce \"Vide-grenier dimanche\" --tous --canaux email");
        village.console.say("ana", "/confirmer 2");
        village.deliver();
        assertThat(village.mailsTo(BOB)).hasSize(3);
        village.console.say("ana", "/annonce 2 statut");
        assertThat(village.console.lastReplyTo("ana")).contains("raisons des échecs : adresse suspendue après plusieurs retours en erreur")
                .doesNotContain("suspended");
    }

    @Test
    void a_coordinator_is_told_when_the_mail_server_refuses_an_answer() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer("250 OK")) {
            village = MailVillage.start(greenMail, db.database(),
                    MailLab.options(smtp.port(), greenMail.getImap().getPort()));
            village.person("console:ana", "Ana", Role.COORDINATOR);
            village.mail(BOB, "Le banc", "Le banc est cassé.");
            smtp.answerRecipientsWith("550 5.1.1 <bob@example.org>: no such user");

            village.console.say("ana", "/repondre 1 On le répare samedi.");
            assertThat(village.console.lastReplyTo("ana")).contains("Réponse confiée au canal email pour bob@example.org")
                    .doesNotContain("envoyée");
            village.advance(Duration.ofMinutes(2));

            assertThat(village.console.lastReplyTo("ana")).contains("n’a pas pu être remise à bob@example.org par email")
                    .contains("(le serveur de courrier a refusé l’adresse, code 550)").doesNotContain("no such user");
        }
    }
}
