package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** The mailbox cursor: restarts, a UIDVALIDITY change, mail moved to a processed folder. */
@StoreTest
class EmailMailboxTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private final RecordingSink sink = new RecordingSink();
    private EmailConnector connector;

    private void start(EmailOptions options) {
        connector = new EmailConnector(options, db.database(), Clock.systemUTC());
        connector.start(sink);
    }

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.stop();
        }
    }

    private void send(String subject) throws Exception {
        MailLab.send(greenMail, MailLab.mail("ana@example.org", MailLab.BOT, subject, ""));
    }

    private void awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.received().size() >= count);
    }

    @Test
    void a_restart_neither_loses_nor_repeats_a_mail() throws Exception {
        start(MailLab.options(greenMail));
        for (int index = 1; index <= 3; index++) {
            send("/avis " + index);
        }
        awaitReceived(3);
        connector.stop();
        send("/avis 4");
        send("/avis 5");

        start(MailLab.options(greenMail));
        awaitReceived(5);
        assertThat(sink.received()).extracting(inbound -> inbound.text().orElseThrow())
                .containsExactly("/avis 1", "/avis 2", "/avis 3", "/avis 4", "/avis 5");
        assertThat(sink.calls()).isEqualTo(5);
        long validity = MailLab.folder(greenMail, "INBOX").getUidValidity();
        assertThat(sink.cursor("INBOX")).contains(validity + ":5");
    }

    @Test
    void a_uidvalidity_change_reads_unseen_mail_again_and_message_ids_prevent_doubles() throws Exception {
        start(MailLab.options(greenMail));
        send("/avis A");
        awaitReceived(1);
        connector.stop();
        MailFolder inbox = MailLab.folder(greenMail, "INBOX");
        inbox.getMessages().get(0).setFlag(Flags.Flag.SEEN, false);
        send("/avis B");
        send("/avis C lu par une personne");
        StoredMessage readByAPerson = inbox.getMessages().get(2);
        readByAPerson.setFlag(Flags.Flag.SEEN, true);
        sink.saveCursor("email", new Cursor("imap:INBOX", "424242:1"));

        start(MailLab.options(greenMail));
        awaitReceived(2);
        send("/avis D");
        awaitReceived(3);
        assertThat(sink.received()).extracting(inbound -> inbound.text().orElseThrow())
                .containsExactly("/avis A", "/avis B", "/avis D");
        assertThat(sink.calls()).isEqualTo(4);
        assertThat(sink.cursor("INBOX")).contains(inbox.getUidValidity() + ":4");
    }

    @Test
    void handled_mail_can_be_moved_to_a_processed_folder() throws Exception {
        EmailOptions options = MailLab.options(greenMail);
        start(options.withImap(options.imap().withProcessedFolder("Traite")));
        send("/avis un");
        send("/avis deux");

        awaitReceived(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> MailLab.folder(greenMail, "INBOX").getMessageCount() == 0);
        MailFolder processed = MailLab.folder(greenMail, "Traite");
        assertThat(processed.getMessageCount()).isEqualTo(2);
        assertThat(processed.getMessages()).allMatch(message -> message.isSet(Flags.Flag.SEEN));
        assertThat(sink.received()).extracting(Inbound::eventId).doesNotHaveDuplicates();
    }
}
