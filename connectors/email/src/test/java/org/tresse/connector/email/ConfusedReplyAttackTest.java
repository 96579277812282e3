package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;

/**
 * A forger writes as frank, a coordinator, to merge frank into mallory's account. Tresse rightly
 * holds it and asks frank; frank, who asked nothing, answers "Non, ce n'est pas moi !". Today
 * ANY reply to the confirmation address presses "Oui, c'est bien moi".
 */
class ConfusedReplyAttackTest {
    private static final String FRANK = "frank@example.org";
    private static final Pattern CODE = Pattern.compile("/lier ([A-Z0-9]{6})");

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private MailVillage village;

    @BeforeEach
    void start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("email:" + FRANK, "Frank", Role.COORDINATOR);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    /*
     * FINDING (email, high): a reply saying NO confirms. Mallory forges "/lier CODE oui" as frank;
     * frank replies "Non, ce n'est pas moi, ne faites rien !" to the confirmation mail, and his
     * identity is merged into mallory's console account, which then holds the coordinator role.
     * The mail itself says "if you asked nothing, do not reply", but people do reply to say no.
     * Fix: a reply to a confirmation address presses only when its own first line (quotes and
     * signature left out, ReplyText.firstLine) is empty or a yes word (mots.*: oui, yes, ok,
     * c'est moi, je confirme); anything else is answered "nothing was done" and leaves the token.
     */
    @Disabled("finding: any reply to a confirmation, even \"Non\", confirms the forged command")
    @Test
    void aReplySayingNoConfirmsNothing() throws Exception {
        village.console.say("mallory", "/lier");
        Matcher code = CODE.matcher(village.console.lastReplyTo("mallory"));
        assertThat(code.find()).isTrue();
        village.mail(FRANK, "Bonjour", "/lier " + code.group(1) + " oui");
        MimeMessage asked = village.awaitMail(FRANK, 1);
        assertThat(text(asked)).contains("ne répondez pas");

        village.reply(asked, FRANK, "Non, ce n'est pas moi, ne faites rien !");
        village.awaitMail(FRANK, 2);

        assertThat(village.identitiesOf("console:mallory")).containsExactly(new Identity("console", "mallory"));
        assertThat(village.holds("console:mallory", Role.COORDINATOR)).isFalse();
    }
}
