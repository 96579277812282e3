package org.tresse.connector.email;

import java.time.Clock;
import java.time.Duration;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.EmailSettings;
import org.tresse.config.MailServerSettings;
import org.tresse.connector.email.internal.Addresses;
import org.tresse.connector.email.internal.ImapReceiver;
import org.tresse.connector.email.internal.InboundMapper;
import org.tresse.connector.email.internal.LoopBreaker;
import org.tresse.connector.email.internal.MailComposer;
import org.tresse.connector.email.internal.MailboxReader;
import org.tresse.connector.email.internal.SentMails;
import org.tresse.connector.email.internal.SmtpSender;
import org.tresse.connector.email.internal.ThreadStore;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.ChannelCapabilities.Ability;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.MessageKind;
import org.tresse.core.store.Database;
import org.tresse.core.store.StorageException;

/**
 * The email channel: reads a mailbox over IMAP (IDLE, or polling), sends over SMTP. Each
 * person is a private room named after their address. Polls are sent as ballots answered by
 * replying; newsletters carry List-Unsubscribe; bounces are counted in {@link #bounces()}.
 *
 * <p>Its tables come with the migrations at {@link #MIGRATIONS}: pass them to
 * {@link Database#open}.
 */
public final class EmailConnector implements Connector {
    public static final String CHANNEL = InboundMapper.CHANNEL;
    public static final String MIGRATIONS = "classpath:db/migration/email";
    /** Mails have no practical length limit; this only keeps a runaway text from being sent. */
    public static final int MAX_TEXT_LENGTH = 200_000;
    private static final Logger log = LoggerFactory.getLogger(EmailConnector.class);

    private final EmailOptions options;
    private final ReplyTokens tokens;
    private final Bounces bounces;
    private final ThreadStore threads;
    private final SentMails sent;
    private final LoopBreaker breaker;
    private final MailComposer composer;
    private final SmtpSender sender;
    private ImapReceiver receiver;

    /** A connector whose own words (a ballot's instructions, a footer) are French where a message does not say its language. */
    public EmailConnector(EmailOptions options, Database database, Clock clock) {
        this(options, Language.FR, database, clock);
    }

    /** @param language the association's: the connector's own words in a message that does not say its language */
    public EmailConnector(EmailOptions options, Language language, Database database, Clock clock) {
        this.options = options;
        this.tokens = new ReplyTokens(database, clock);
        this.bounces = new Bounces(database, clock, options.hardBounceLimit());
        this.threads = new ThreadStore(database, clock);
        this.sent = new SentMails(database, clock, options.domain());
        this.breaker = new LoopBreaker(clock, LoopBreaker.ANSWERS_PER_HOUR);
        this.composer = new MailComposer(options, tokens, threads, sent, clock, language);
        this.sender = new SmtpSender(options.smtp());
    }

    /**
     * The connector for the configuration's {@code channels.email} section.
     *
     * @param associationName the sender's name when the settings give none
     * @param unsubscribeUrl  the app's https one-click unsubscribe address, or null
     * @param language        the association's language
     */
    public static EmailConnector create(EmailSettings settings, String associationName, String unsubscribeUrl, Language language,
            Database database, Clock clock) {
        RateLimit rate = settings.rate() == null ? null : new RateLimit(settings.rate().permits(), settings.rate().period());
        EmailOptions options = EmailOptions.of(settings.address(), server(settings.imap()), server(settings.smtp()))
                .withFeedbackAddress(settings.feedbackAddress())
                .withFromName(settings.fromName() != null ? settings.fromName() : associationName)
                .withAuthservId(settings.trustedAuthservId())
                .withSendRate(rate)
                .withUnsubscribeUrl(unsubscribeUrl);
        return new EmailConnector(options, language, database, clock);
    }

    private static MailServer server(MailServerSettings settings) {
        return new MailServer(settings.host(), settings.port(), MailServer.Security.valueOf(settings.security().name()),
                settings.user(), settings.password(), settings.folder(), settings.processedFolder());
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** Formatted text and HTML, files attached; no native polls (ballots are answered by reply), no buttons, no edits. */
    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.of(MAX_TEXT_LENGTH, new RateLimits(options.sendRate(), null, null),
                Ability.FORMATTING, Ability.PRIVATE_MESSAGES, Ability.FILES);
    }

    @Override
    public synchronized void start(InboundSink sink) {
        if (receiver != null) {
            throw new IllegalStateException("the email connector is already started");
        }
        try {
            threads.forgetOlderThan(Duration.ofDays(365));
            tokens.purgeExpired(Duration.ofDays(90));
            sent.forgetOlderThan(Duration.ofDays(180));
        } catch (StorageException e) {
            log.warn("Cleaning old email records failed; going on", e);
        }
        InboundMapper mapper = new InboundMapper(options, tokens, sent, breaker);
        receiver = new ImapReceiver(options, new MailboxReader(sink, mapper, threads, bounces,
                options.imap().processedFolder()), sink.intake("email:" + options.imap().user() + "@" + options.imap().host()));
        receiver.start();
    }

    @Override
    public synchronized DeliveryResult deliver(Outbound outbound) {
        InternetAddress to;
        try {
            to = MailComposer.recipient(outbound.destination());
        } catch (MessagingException e) {
            return new DeliveryResult.Permanent(Reason.BAD_ADDRESS);
        }
        try {
            String address = Addresses.normalize(to.getAddress());
            if (MailComposer.isNewsletter(outbound) && bounces.isSuspended(address)) {
                return new DeliveryResult.Permanent(Reason.ADDRESS_SUSPENDED);
            }
            if (outbound.content().kind() == MessageKind.REPLY && outbound.attempt() == 1 && !breaker.mayAnswer(address)) {
                return new DeliveryResult.Permanent(DeliveryFailure.of(Reason.TOO_MANY_ANSWERS, LoopBreaker.ANSWERS_PER_HOUR));
            }
            MailComposer.Composed mail = composer.compose(sender.session(), outbound);
            DeliveryResult result = sender.send(mail.message(), mail.messageId());
            if (result instanceof DeliveryResult.FileRefused refused && outbound.content().file().isEmpty()) {
                result = new DeliveryResult.Permanent(refused.reason());
            }
            log.debug("Outbox row {} by email: {}", outbound.id(), result);
            return result;
        } catch (MessagingException e) {
            log.warn("The mail for outbox row {} could not be written", outbound.id(), e);
            return new DeliveryResult.Permanent(Reason.UNWRITABLE);
        } catch (StorageException e) {
            log.warn("The database failed while sending outbox row {}", outbound.id(), e);
            return new DeliveryResult.Transient(Reason.STORE_UNAVAILABLE);
        }
    }

    @Override
    public synchronized void stop() {
        if (receiver != null) {
            receiver.stop();
            receiver = null;
        }
        sender.close();
    }

    /** Bounced addresses, for coordinators. */
    public Bounces bounces() {
        return bounces;
    }

    /** Reply tokens, e.g. for the app's one-click unsubscribe page. */
    public ReplyTokens tokens() {
        return tokens;
    }

    public EmailOptions options() {
        return options;
    }
}
