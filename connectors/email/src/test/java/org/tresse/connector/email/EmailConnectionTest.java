package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** IMAP IDLE renewal, the polling fallback and reconnection, through a proxy that can cut the line. */
@StoreTest
class EmailConnectionTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private final RecordingSink sink = new RecordingSink();
    private ImapProxy proxy;
    private EmailConnector connector;

    private void start(boolean hideIdle, Duration idleRenewal) throws Exception {
        proxy = new ImapProxy(greenMail.getImap().getPort(), hideIdle);
        EmailOptions options = MailLab.options(greenMail.getSmtp().getPort(), proxy.port())
                .withTimings(idleRenewal, Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofSeconds(1));
        connector = new EmailConnector(options, db.database(), Clock.systemUTC());
        connector.start(sink);
    }

    @AfterEach
    void stop() throws Exception {
        if (connector != null) {
            connector.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    private void send(String subject) throws Exception {
        MailLab.send(greenMail, MailLab.mail("ana@example.org", MailLab.BOT, subject, ""));
    }

    private void awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.received().size() >= count);
    }

    @Test
    void new_mail_arrives_through_idle_which_is_renewed_before_servers_drop_it() throws Exception {
        start(false, Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> proxy.count("IDLE") >= 1);
        int connections = proxy.connections();
        send("/avis pendant IDLE");
        awaitReceived(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> proxy.count("DONE") >= 3);
        assertThat(proxy.count("IDLE")).isGreaterThanOrEqualTo(3);
        assertThat(proxy.commands()).contains("NOOP");
        assertThat(proxy.connections()).as("IDLE is renewed on the same connection").isEqualTo(connections);
        send("/avis après plusieurs renouvellements");
        awaitReceived(2);
    }

    @Test
    void without_idle_the_mailbox_is_polled() throws Exception {
        start(true, Duration.ofMinutes(10));
        send("/avis un");
        awaitReceived(1);
        send("/avis deux");
        awaitReceived(2);

        assertThat(proxy.count("IDLE")).isZero();
        assertThat(sink.received()).extracting(inbound -> inbound.text().orElseThrow()).containsExactly("/avis un", "/avis deux");
    }

    @Test
    void a_cut_connection_is_opened_again_and_no_mail_is_lost_or_repeated() throws Exception {
        start(false, Duration.ofMinutes(10));
        send("/avis avant");
        awaitReceived(1);

        proxy.cutAll();
        send("/avis pendant la coupure");
        await().atMost(Duration.ofSeconds(30)).until(() -> proxy.connections() >= 2);
        awaitReceived(2);
        proxy.cutAll();
        send("/avis après");
        awaitReceived(3);

        assertThat(sink.received()).extracting(inbound -> inbound.text().orElseThrow())
                .containsExactly("/avis avant", "/avis pendant la coupure", "/avis après");
        assertThat(sink.calls()).isEqualTo(3);
    }
}
