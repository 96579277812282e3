package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.connector.email.MailVillage.text;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.tresse.connector.email.internal.LoopBreaker;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Issue 11, item 6: an autoresponder that sends no RFC 3834 header answers every mail Tresse
 * sends it. The loop stops: the same text again is not handled, and at most
 * {@link LoopBreaker#ANSWERS_PER_HOUR} automatic answers go to one address within an hour. A
 * person caught by it is answered again an hour later, and the log says so.
 */
@StoreTest
class MailLoopTest {
    private static final String ROBOT = "accueil@example.org";

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @RegisterExtension
    final TestDatabase db = new TestDatabase(EmailConnector.MIGRATIONS);

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private MailVillage village;

    @BeforeEach
    void start() {
        village = MailVillage.start(greenMail, db.database());
        village.person("console:ana", "Ana", Role.COORDINATOR);
        logs.start();
        ((Logger) LoggerFactory.getLogger(LoopBreaker.class)).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(LoopBreaker.class)).detachAppender(logs);
        village.close();
    }

    /** The robot answers every mail Tresse sends it, until Tresse stops; returns how many rounds ran. */
    private int robotAnswers(IntFunction<String> text) throws Exception {
        village.mail(ROBOT, "Une question", "Bonjour, à quelle heure ouvre le café ?");
        int answered = 0;
        for (int round = 0; round < 40; round++) {
            List<MimeMessage> received = village.settledMailsTo(ROBOT);
            if (received.size() == answered) {
                return round;
            }
            for (; answered < received.size(); answered++) {
                village.mail(ROBOT, "Re: " + received.get(answered).getSubject(), text.apply(answered));
            }
        }
        throw new AssertionError("the loop did not stop");
    }

    private long voices() {
        return village.count("select count(*) from voice");
    }

    @Test
    void an_autoresponder_repeating_itself_is_answered_once() throws Exception {
        robotAnswers(round -> "Merci pour votre message, nous vous répondrons dès que possible.\nL’équipe");

        assertThat(village.mailsTo(ROBOT)).hasSize(2);
        assertThat(voices()).isEqualTo(2);
        assertThat(logs.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("Loop breaker").contains("same text again"));
    }

    @Test
    void an_autoresponder_varying_its_text_gets_at_most_the_hourly_answers_and_a_person_is_heard_an_hour_later()
            throws Exception {
        robotAnswers(round -> "Merci pour votre message, il porte le numéro de suivi " + (1000 + round) + ".");

        assertThat(village.mailsTo(ROBOT)).hasSize(LoopBreaker.ANSWERS_PER_HOUR);
        assertThat(voices()).isEqualTo(LoopBreaker.ANSWERS_PER_HOUR + 1);
        assertThat(logs.list).filteredOn(event -> event.getFormattedMessage().contains("automatic answers to one address"))
                .singleElement().satisfies(event -> assertThat(event.getLevel().toString()).isEqualTo("WARN"));
        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(ROBOT));

        village.advance(Duration.ofMinutes(61));
        village.mail(ROBOT, "/aide", "");
        assertThat(text(village.awaitMail(ROBOT, LoopBreaker.ANSWERS_PER_HOUR + 1))).contains("Voici les commandes");
    }
}
