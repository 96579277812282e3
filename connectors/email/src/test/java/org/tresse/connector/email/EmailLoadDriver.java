package org.tresse.connector.email;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Content;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestTresse;

/**
 * Measures mails per second end to end, by hand: N mails wait in the mailbox; a Tresse on an H2
 * file database reads them over IMAP, answers each through the engine and the outbox, and sends
 * the answers over SMTP. Prints the rate of mails handled, and of answers received by the server.
 * With {@code read} as second argument, only the reading is measured: mails go to a sink in
 * memory, no engine, no database commit for them. Arguments: [mails, default 1000] [read].
 */
public final class EmailLoadDriver {
    private EmailLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean readOnly = args.length > 1 && args[1].equals("read");
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(MailLab.configuration());
        greenMail.start();
        try {
            preload(greenMail, mails);
            Path directory = Files.createTempDirectory("tresse-email-load");
            try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("tresse"), "sa", "",
                    List.of(EmailConnector.MIGRATIONS))) {
                EmailConnector connector = new EmailConnector(MailLab.options(greenMail.getSmtp().getPort(),
                        greenMail.getImap().getPort()), database, Clock.systemUTC());
                if (readOnly) {
                    measureReading(connector, mails);
                } else {
                    measureEndToEnd(greenMail, database, connector, mails);
                }
            }
        } finally {
            greenMail.stop();
        }
    }

    private static void preload(GreenMail greenMail, int mails) throws Exception {
        GreenMailUser bot = greenMail.getUserManager().getUserByEmail(MailLab.BOT);
        long start = System.nanoTime();
        for (int index = 0; index < mails; index++) {
            MimeMessage mail = MailLab.mail("habitant" + (index % 50) + "@example.org", MailLab.BOT,
                    "Question " + index, "/avis message numéro " + index + "\n\nMerci !\n-- \nUn habitant");
            mail.saveChanges();
            bot.deliver(mail);
        }
        System.out.printf("%d mails put in the mailbox in %.1f s%n", mails, (System.nanoTime() - start) / 1e9);
    }

    private static void measureReading(EmailConnector connector, int mails) throws InterruptedException {
        RecordingSink sink = new RecordingSink();
        long start = System.nanoTime();
        connector.start(sink);
        try {
            while (sink.received().size() < mails) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("read only: %d mails in %.1f s = %.1f mails/s%n", mails, seconds, mails / seconds);
        } finally {
            connector.stop();
        }
    }

    private static void measureEndToEnd(GreenMail greenMail, Database database, EmailConnector connector, int mails)
            throws InterruptedException {
        CoreServices core = TestTresse.spine(database, Clock.systemUTC(), Backoff.DEFAULT);
        AtomicLong handled = new AtomicLong();
        Engine engine = core.engine(conversation -> {
            conversation.reply(Content.notice("Merci, votre avis est noté : " + conversation.inbound().text().orElse(""))
                    .replyingTo(conversation.inbound().eventId()));
            handled.incrementAndGet();
        });
        core.delivery().add(connector, new RateLimits(RateLimit.perSecond(100_000), null, null));
        long start = System.nanoTime();
        core.delivery().start();
        connector.start(engine);
        try {
            long inboundDone = 0;
            while (greenMail.getReceivedMessagesForDomain("example.org").length < mails) {
                if (inboundDone == 0 && handled.get() >= mails) {
                    inboundDone = System.nanoTime();
                }
                Thread.sleep(20);
            }
            long end = System.nanoTime();
            double inboundSeconds = ((inboundDone == 0 ? end : inboundDone) - start) / 1e9;
            double totalSeconds = (end - start) / 1e9;
            System.out.printf("received and handled: %d mails in %.1f s = %.1f mails/s%n", mails, inboundSeconds,
                    mails / inboundSeconds);
            System.out.printf("end to end (mail in, answer out): %d mails in %.1f s = %.1f mails/s%n", mails,
                    totalSeconds, mails / totalSeconds);
        } finally {
            connector.stop();
            core.delivery().stop();
        }
    }
}
