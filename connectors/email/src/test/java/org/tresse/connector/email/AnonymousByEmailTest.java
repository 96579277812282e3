package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Issue 12, item 4, by email: the receipt of an anonymous voice is mailed like any other, but the
 * connector keeps no return path of it ({@code email_sent} names its address and its time).
 */
@StoreTest
class AnonymousByEmailTest {
    private static final String GRACE = "grace@example.org";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private MailVillage village;

    @BeforeEach
    void start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("console:ana", "Ana", Role.COORDINATOR);
        village.person("email:" + GRACE, "Grace", Role.RESIDENT);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void the_receipt_of_an_anonymous_voice_leaves_no_return_path_naming_its_author() throws Exception {
        village.mail(GRACE, "Mon avis", "/avis Il manque des chaises");
        MimeMessage named = village.awaitMail(GRACE, 1);
        assertThat(text(named)).contains("avis n°1");
        long kept = village.count("select count(*) from email_sent where address = ?", GRACE);
        assertThat(kept).as("a named voice's receipt keeps its return path").isEqualTo(1);

        village.mail(GRACE, "Un autre", "/avis --anonyme Le bureau ne nous écoute pas");
        MimeMessage anonymous = village.awaitMail(GRACE, 2);
        assertThat(text(anonymous)).contains("anonyme");
        assertThat(village.count("select count(*) from email_sent where address = ?", GRACE)).as("nothing more kept").isEqualTo(1);
        assertThat(village.count("select count(*) from outbox where correlation = 'ephemeral'")).isZero();
    }
}
