package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.header;
import static org.tresse.connector.email.MailVillage.text;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 11, items 2 and 3: what a forger writes in a mail is no signal. A delivery failure notice
 * counts only when it comes back to the return path made for the failing address; an
 * Authentication-Results header counts only when the receiving server wrote it, and its DMARC
 * result is final.
 */
@StoreTest
class ForgedSignalsTest {
    private static final String EVE = "eve@example.org";
    private static final String BOB = "bob@example.org";
    private static final String FRANK = "frank@tresse.test";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private MailVillage village;

    @BeforeEach
    void start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("console:ana", "Ana", Role.COORDINATOR);
        village.person("email:" + FRANK, "Frank", Role.COORDINATOR);
        village.subscribed(EVE);
        village.subscribed(BOB);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    private void announce(String text, int number) {
        village.console.say("ana", "/annonce \"" + text + "\" --tous --canaux email");
        village.console.say("ana", "/confirmer " + number);
    }

    private long decisions() {
        return village.count("select count(*) from decision");
    }

    @Test
    void bounces_forged_by_a_subscriber_suspend_nobody() throws Exception {
        announce("Marché samedi", 1);
        MimeMessage eves = village.awaitMail(EVE, 1);
        MimeMessage bobs = village.awaitMail(BOB, 1);
        assertThat(eves.getMessageID()).matches("<[a-z2-7]{24}@tresse\\.test>").isNotEqualTo(bobs.getMessageID());
        String evesReturnPath = header(eves, "Return-Path").replaceAll("[<>]", "");
        assertThat(evesReturnPath).isNotEqualTo(header(bobs, "Return-Path").replaceAll("[<>]", ""));

        // eve cites the Message-ID she received and names bob: to the bot, to a return path she
        // made up, and to her own return path
        for (int index = 1; index <= 3; index++) {
            MimeMessage toBot = MailLab.dsn("<eve." + index + "@evil.example>", MailLab.BOT, BOB, "5.1.1");
            toBot.setHeader("References", eves.getMessageID());
            village.mail(toBot);
            village.mail(MailLab.dsn("<eve.made." + index + "@evil.example>", "bot+b.aaaaaaaaaaaaaaaa@tresse.test", BOB,
                    "5.1.1"));
            village.mail(MailLab.dsn("<eve.own." + index + "@evil.example>", evesReturnPath, BOB, "5.1.1"));
        }

        assertThat(village.connector.bounces().of(BOB)).isEmpty();
        assertThat(village.connector.bounces().isSuspended(EVE)).isTrue();
        announce("Vide-grenier dimanche", 2);
        assertThat(text(village.awaitMail(BOB, 2))).contains("Vide-grenier dimanche");
        assertThat(village.mailsTo(EVE)).hasSize(1);
        assertThat(village.console.repliesTo("ana")).noneMatch(text -> text.contains("avis n°"));
    }

    @Test
    void a_result_the_sender_wrote_records_no_decision_and_the_servers_own_does() throws Exception {
        village.person("email:frank@lists.tresse.test", "Frank", Role.COORDINATOR);
        // no header from the receiving server: the sender wrote one with its authserv-id
        MimeMessage forged = MailLab.mail(FRANK, MailLab.BOT, "/decision \"Fermeture\" \"Le café ferme\"", "");
        forged.setHeader("Authentication-Results", MailLab.AUTHSERV + "; dmarc=pass header.from=tresse.test");
        village.mail(forged);
        // the server's own header says DMARC failed; DKIM and SPF pass for the parent domain only
        village.mail(MailLab.receivedBy(MailLab.mail("frank@lists.tresse.test", MailLab.BOT,
                        "/decision \"Fermeture\" \"Le café ferme\"", ""),
                "dkim=pass header.d=tresse.test; spf=pass smtp.mailfrom=bounce@tresse.test;"
                        + " dmarc=fail (p=reject) header.from=lists.tresse.test"));

        assertThat(decisions()).isZero();
        assertThat(text(village.awaitMail(FRANK, 1))).contains("« /decision");
        assertThat(text(village.awaitMail("frank@lists.tresse.test", 1))).contains("« /decision");

        village.mail(MailLab.receivedBy(MailLab.mail(FRANK, MailLab.BOT, "/decision \"Ouverture\" \"Le café ouvre\"", ""),
                "dkim=pass header.d=tresse.test; dmarc=pass header.from=tresse.test"));
        assertThat(decisions()).isOne();
        assertThat(text(village.awaitMail(FRANK, 2))).contains("décision n°1");
    }
}
