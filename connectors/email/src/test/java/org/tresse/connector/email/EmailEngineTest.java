package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Content;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** One mail in, one threaded reply out, through the real engine and outbox. */
@StoreTest
class EmailEngineTest {
    private static final String COORDINATOR = "coordination@tresse.test";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private EmailConnector connector;

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.stop();
        }
    }

    /** An echo that says whether the sender may act as a coordinator, answering in the thread. */
    private TestTresse tresse() {
        TestTresse tresse = TestTresse.on(db.database())
                .handler(core -> conversation -> {
                    boolean coordinator = conversation.hasRole(Role.COORDINATOR, Optional.empty());
                    conversation.reply(Content.notice("echo " + conversation.inbound().text().orElse("")
                                    + (coordinator ? " (coordination)" : ""))
                            .replyingTo(conversation.inbound().eventId()));
                })
                .setup(core -> core.database().useTransaction(handle -> {
                    long id = core.people().resolve(handle, new Identity("email", COORDINATOR), "Coordination").id();
                    core.people().grant(handle, id, Role.COORDINATOR, Optional.empty());
                }))
                .build();
        connector = new EmailConnector(MailLab.options(greenMail), db.database(), tresse.clock());
        tresse.core().delivery().add(connector, null);
        connector.start(tresse.engine());
        return tresse;
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private MimeMessage awaitReply(TestTresse tresse, String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            deliver(tresse);
            return !mailsTo(address).isEmpty();
        });
        return mailsTo(address).get(0);
    }

    /** Sends what is due; the test clock moves past the channel's 1 mail per second. */
    private static void deliver(TestTresse tresse) {
        tresse.clock().advance(Duration.ofSeconds(2));
        tresse.core().delivery().deliverNow("email");
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
    }

    @Test
    void one_mail_in_one_threaded_reply_out() throws Exception {
        TestTresse tresse = tresse();
        MailLab.send(greenMail, MailLab.withMessageId(
                MailLab.mail("Ana <ana@example.org>", MailLab.BOT, "Une question", "/aide"), "<q.42@example.org>"));

        MimeMessage reply = awaitReply(tresse, "ana@example.org");

        assertThat(text(reply)).startsWith("echo /aide");
        assertThat(reply.getSubject()).isEqualTo("Re: Une question");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo("<q.42@example.org>");
        assertThat(reply.getHeader("References")[0]).isEqualTo("<q.42@example.org>");
        assertThat(reply.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(reply.getMessageID()).matches("<[a-z2-7]{24}@tresse\\.test>");
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        deliver(tresse);
        assertThat(mailsTo("ana@example.org")).hasSize(1);
        long logged = db.database().inTransaction(handle -> handle.count(
                "select count(*) from inbound_log where channel = 'email' and event_id = '<q.42@example.org>'"));
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void a_forged_coordinator_acts_as_a_resident_and_an_authenticated_one_as_coordinator() throws Exception {
        TestTresse tresse = tresse();
        MailLab.send(greenMail, MailLab.mail(COORDINATOR, MailLab.BOT, "/annonce Fermeture", ""));
        MimeMessage forged = awaitReply(tresse, COORDINATOR);
        assertThat(text(forged)).startsWith("echo /annonce Fermeture").doesNotContain("(coordination)");

        MailLab.send(greenMail, MailLab.receivedBy(MailLab.mail(COORDINATOR, MailLab.BOT, "/annonce Ouverture", ""),
                "dmarc=pass header.from=tresse.test"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            deliver(tresse);
            return mailsTo(COORDINATOR).size() == 2;
        });
        assertThat(text(mailsTo(COORDINATOR).get(1))).startsWith("echo /annonce Ouverture (coordination)");
    }
}
