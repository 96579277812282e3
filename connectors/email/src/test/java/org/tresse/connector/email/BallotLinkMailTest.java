package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.html;
import static org.tresse.connector.email.MailVillage.text;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** A ballot by email with public web pages: answered by reply as before, and a personal link in both parts of the mail. */
@StoreTest
class BallotLinkMailTest {
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

    @Test
    void theBallotMailCarriesTheLinkAsALinkAndAsTextAndStillTakesAReply() throws Exception {
        village = MailVillage.start(greenMail, db.database(), MailLab.options(greenMail), "https://tresse.example.org");
        village.person("console:ana", "Ana", Role.COORDINATOR);
        village.person("email:" + BOB, "Bob", Role.MEMBER);

        village.console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --jusqua 3j");
        MimeMessage ballot = village.awaitMail(BOB, 1);

        assertThat(ballot.getSubject()).startsWith("Vote 1");
        assertThat(((InternetAddress) ballot.getReplyTo()[0]).getAddress()).startsWith("bot+v.");
        assertThat(text(ballot)).containsPattern("votre bulletin personnel \\(https://tresse\\.example\\.org/vote/[a-z2-7]{32}\\)")
                .contains("Pour voter").contains("ne faites pas suivre ce message");
        assertThat(html(ballot)).containsPattern("<a href=\"https://tresse\\.example\\.org/vote/[a-z2-7]{32}\">votre bulletin personnel</a>");
        Path shown = Path.of("target", "mails", "bulletin-avec-lien.html");
        Files.createDirectories(shown.getParent());
        Files.writeString(shown, html(ballot), StandardCharsets.UTF_8);

        village.reply(ballot, BOB, "pour");
        assertThat(text(village.awaitMail(BOB, 2))).contains("sondage n°1").contains("Pour");
        assertThat(village.count("select count(*) from ballot")).isEqualTo(1);
    }
}
