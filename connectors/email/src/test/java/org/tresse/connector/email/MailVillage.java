package org.tresse.connector.email;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.commands.web.PersonalBallotLinks;
import org.tresse.core.CoreServices;
import org.tresse.core.announcement.Subscription;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Person;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.people.Role;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Handle;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestTresse;

/**
 * A whole Tresse speaking every command, on the console (a memory channel) and by email through
 * GreenMail: conversations where a person on the console and mail senders meet. Mail is delivered
 * when a test asks ({@link #awaitMail}), the test clock moving past the channel's rate.
 */
final class MailVillage implements AutoCloseable {
    final TestTresse tresse;
    final EmailConnector connector;
    final MemoryChannel console;
    private final GreenMailOperations greenMail;

    private MailVillage(TestTresse tresse, EmailConnector connector, GreenMailOperations greenMail) {
        this.tresse = tresse;
        this.connector = connector;
        this.console = tresse.channel("console");
        this.greenMail = greenMail;
    }

    static MailVillage start(GreenMailOperations greenMail, org.tresse.core.store.Database database) {
        return start(greenMail, database, MailLab.options(greenMail));
    }

    static MailVillage start(GreenMailOperations greenMail, org.tresse.core.store.Database database, EmailOptions options) {
        return start(greenMail, database, options, null);
    }

    /** @param publicUrl the web pages' public address: ballots carry a personal link to the web ballot; null for none */
    static MailVillage start(GreenMailOperations greenMail, org.tresse.core.store.Database database, EmailOptions options,
            String publicUrl) {
        MutableClock clock = MutableClock.atVillageMorning();
        Features.Settings defaults = new Features.Settings(SecretBallotKey.inDirectory(Path.of("target", "test-data",
                UUID.randomUUID().toString())), VoiceSettings.defaults(), AnnouncementSettings.defaults());
        Features.Settings settings = publicUrl == null ? defaults
                : defaults.withBallotLinks(new PersonalBallotLinks(new PersonalLinks(clock), publicUrl, clock));
        EmailConnector connector = new EmailConnector(options, database, clock);
        TestTresse tresse = TestTresse.on(database)
                .clock(clock)
                .features((core, channels) -> Features.build(core, channels, settings).all())
                .handler(Assembled::handler)
                .connector(connector)
                .bootstrapAdminChannel(null)
                .build();
        connector.start(tresse.engine());
        return new MailVillage(tresse, connector, greenMail);
    }

    CoreServices core() {
        return tresse.core();
    }

    <T> T read(Function<Handle, T> query) {
        return core().database().inTransaction(query::apply);
    }

    long count(String sql, Object... arguments) {
        return read(handle -> handle.count(sql, arguments));
    }

    /** A person known by {@code identity} ({@code email:frank@example.org}, {@code console:ana}), holding {@code role}. */
    long person(String identity, String name, Role role) {
        return read(handle -> {
            long id = core().people().resolve(handle, Identity.parse(identity), name).id();
            core().people().grant(handle, id, role, Optional.empty());
            return id;
        });
    }

    /** An email address subscribed to announcements and the digest, confirmed. */
    void subscribed(String address) {
        read(handle -> {
            Identity identity = new Identity("email", address);
            long id = core().people().resolve(handle, identity, address).id();
            Subscriptions subscriptions = new Subscriptions(core().clock());
            Subscription pending = subscriptions.subscribe(handle, id, identity, true, true);
            return subscriptions.confirm(handle, identity, pending.token().orElseThrow());
        });
    }

    Optional<Subscription> subscription(String address) {
        return read(handle -> new Subscriptions(core().clock()).find(handle, new Identity("email", address)));
    }

    Person personOf(String identity) {
        return read(handle -> core().people().findByIdentity(handle, Identity.parse(identity)).orElseThrow());
    }

    List<Identity> identitiesOf(String identity) {
        return read(handle -> core().people().identities(handle, personOf(identity).id()));
    }

    boolean holds(String identity, Role role) {
        return read(handle -> core().people().hasRole(handle, personOf(identity).id(), role, Optional.empty()));
    }

    /** How many mails of the bot's inbox were handled. */
    int handled() throws Exception {
        return MailLab.seen(greenMail);
    }

    /** Sends a mail to the bot and waits until it is handled. */
    void mail(MimeMessage message) throws Exception {
        int before = handled();
        MailLab.send(greenMail, message);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled() > before);
        deliver();
    }

    void mail(String from, String subject, String body) throws Exception {
        mail(MailLab.mail(from, MailLab.BOT, subject, body));
    }

    /** Answers {@code received} as a mail client does: to its Reply-To, threaded on it, quoted under an attribution line. */
    void reply(MimeMessage received, String from, String body) throws Exception {
        String to = ((InternetAddress) received.getReplyTo()[0]).getAddress();
        String quoted = text(received).lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
        MimeMessage answer = MailLab.mail(from, to, "Re: " + received.getSubject(),
                body + "\n\nLe lundi 4 mars 2024 à 10:00, Tresse a écrit :\n" + quoted);
        answer.saveChanges();
        answer.setHeader("In-Reply-To", received.getMessageID());
        answer.setHeader("References", received.getMessageID());
        mail(MailLab.withMessageId(answer, answer.getMessageID()));
    }

    /** Sends what is due, by email and on the console; the clock moves past the mail rate. */
    void deliver() {
        for (int pass = 0; pass < 3; pass++) {
            tresse.clock().advance(Duration.ofSeconds(2));
            core().delivery().deliverNow("email");
            tresse.deliverAll();
        }
    }

    /** Delivers what is due, then moves the clock, runs due jobs and delivers what they sent. */
    void advance(Duration duration) {
        deliver();
        tresse.advance(duration);
        deliver();
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The mails to {@code address}, once every one the outbox sent has arrived. */
    List<MimeMessage> settledMailsTo(String address) {
        deliver();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == read(handle -> handle.count(
                "select count(*) from outbox where channel = 'email' and (room = ? or recipient = ?) and status = 'SENT'",
                address, address)));
        return mailsTo(address);
    }

    /** The {@code count}-th mail to {@code address}, once it has arrived. */
    MimeMessage awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            deliver();
            return mailsTo(address).size() >= count;
        });
        return mailsTo(address).get(count - 1);
    }

    MimeMessage lastMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        return mails.get(mails.size() - 1);
    }

    static String text(MimeMessage message) throws Exception {
        return (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
    }

    static String html(MimeMessage message) throws Exception {
        return (String) ((Multipart) message.getContent()).getBodyPart(1).getContent();
    }

    static String header(MimeMessage message, String name) throws Exception {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0];
    }

    @Override
    public void close() {
        connector.stop();
    }
}
