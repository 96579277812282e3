package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * A forger writes as frank, a coordinator, to merge frank into mallory's account. Tresse rightly
 * holds it and asks frank; frank, who asked nothing, answers "Non, ce n'est pas moi !". Today
 * ANY reply to the confirmation address presses "Oui, c'est bien moi".
 */
@StoreTest
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
     * Was FINDING (email, high): a reply saying NO confirmed. Mallory forges "/lier CODE oui" as
     * frank; frank replies "Non, ce n'est pas moi, ne faites rien !" to the confirmation mail, and
     * his identity was merged into mallory's console account. Now a reply to a button's address
     * presses only when its own first line (ReplyText) is empty or a yes word (mots.oui); anything
     * else is answered "Rien n'a été fait" and leaves the token usable.
     */
    @Test
    void aReplySayingNoConfirmsNothing() throws Exception {
        village.console.say("mallory", "/lier");
        Matcher code = CODE.matcher(village.console.lastReplyTo("mallory"));
        assertThat(code.find()).isTrue();
        village.mail(FRANK, "Bonjour", "/lier " + code.group(1) + " oui");
        MimeMessage asked = village.awaitMail(FRANK, 1);
        assertThat(text(asked)).contains("ne répondez pas");

        village.reply(asked, FRANK, "Non, ce n'est pas moi, ne faites rien !");
        assertThat(text(village.awaitMail(FRANK, 2))).contains("Rien n’a été fait").contains("« oui »");

        assertThat(village.identitiesOf("console:mallory")).containsExactly(new Identity("console", "mallory"));
        assertThat(village.holds("console:mallory", Role.COORDINATOR)).isFalse();
    }

    @Test
    void aReplyInDoubtLeavesTheConfirmationUsableAndAYesConfirms() throws Exception {
        village.mail(FRANK, "/avis-liste", "");
        MimeMessage asked = village.awaitMail(FRANK, 1);

        village.reply(asked, FRANK, "C'est quoi ce message ?\nJe n'y comprends rien.");
        assertThat(text(village.awaitMail(FRANK, 2))).contains("Rien n’a été fait");
        village.reply(asked, FRANK, "Oui, c'est moi !\n\n-- \nFrank");
        assertThat(text(village.awaitMail(FRANK, 3))).contains("Aucun avis");
    }

    @Test
    void anEnglishSpeakerIsAnsweredInEnglishAndConfirmsWithYes() throws Exception {
        village.mail(FRANK, "/avis-liste", "");
        MimeMessage asked = village.awaitMail(FRANK, 1);
        long frank = village.personOf("email:" + FRANK).id();
        village.read(handle -> {
            village.core().people().setLanguage(handle, frank, Language.EN);
            return null;
        });

        village.reply(asked, FRANK, "No, that was not me");
        assertThat(text(village.awaitMail(FRANK, 2))).contains("Nothing was done").contains("\"yes\"");
        village.reply(asked, FRANK, "Yes");
        assertThat(text(village.awaitMail(FRANK, 3))).contains("No feedback");
    }
}
