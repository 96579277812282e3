package org.tresse.web.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.MessageKind;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web front door as a channel: each form is an {@link Inbound} of channel {@code web},
 * handed to the engine like any chat message, so the same commands, rules and tallies apply.
 * Each form gets a room of its own; what the engine writes back to that room is shown on the
 * page that sent it. An answer written later to a visitor's voice goes to the address they
 * left, by email, when there is an email channel ({@code mailAnswers}); otherwise nobody can be
 * reached on the web.
 */
public final class WebConnector implements Connector {
    public static final String CHANNEL = PersonalLinks.CHANNEL;
    /** The email channel's name: where answers to visitors' voices are forwarded. */
    public static final String EMAIL = "email";
    private static final Logger log = LoggerFactory.getLogger(WebConnector.class);

    private final Mailbox mailbox = new Mailbox();
    private final Database database;
    private final Outbox outbox;
    private final Contacts contacts;
    private final Duration replyWait;
    private final boolean mailAnswers;
    private volatile InboundSink sink;
    private volatile Runnable afterReceive = () -> { };

    public WebConnector(Database database, Outbox outbox, Contacts contacts, Duration replyWait, boolean mailAnswers) {
        this.database = database;
        this.outbox = outbox;
        this.contacts = contacts;
        this.replyWait = replyWait;
        this.mailAnswers = mailAnswers;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** Formatted text, no native poll, no button, no edit, nobody to write to in private. */
    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.of(100_000, RateLimits.NONE, ChannelCapabilities.Ability.FORMATTING);
    }

    @Override
    public void start(InboundSink inboundSink) {
        this.sink = inboundSink;
        try {
            database.useTransaction(contacts::purge);
        } catch (RuntimeException e) {
            log.warn("Forgetting old visitors' addresses failed; going on", e);
        }
    }

    /** Runs after each form is received (tests deliver at once with it). */
    public void afterReceive(Runnable action) {
        this.afterReceive = action;
    }

    /** Whether an answer to a visitor's voice can reach the address they leave. */
    public boolean mailsAnswers() {
        return mailAnswers;
    }

    /**
     * Hands a form to the engine as {@code sender} writing {@code text} in a room of its own, and
     * waits (a few seconds at most) for what the engine answers there.
     *
     * @param eventId the form's own id: the same form sent twice is handled once
     */
    public Submission submit(String eventId, String room, Identity sender, String senderName, boolean verified, String text)
            throws InterruptedException {
        InboundSink target = sink;
        if (target == null) {
            throw new IllegalStateException("the web channel is not started");
        }
        mailbox.open(room);
        try {
            Inbound inbound = new Inbound(CHANNEL, eventId, room, RoomKind.PRIVATE, sender, senderName, new Payload.Text(text),
                    Optional.empty(), verified);
            Receipt receipt = target.receive(inbound);
            afterReceive.run();
            List<Content> replies = receipt == Receipt.DUPLICATE ? List.of() : mailbox.await(room, replyWait);
            return new Submission(receipt, replies);
        } finally {
            mailbox.close(room);
        }
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        if (!(outbound.destination() instanceof Destination.Room room)) {
            return new DeliveryResult.Permanent(DeliveryFailure.Reason.NO_PRIVATE);
        }
        if (mailbox.offer(room.room(), outbound.content())) {
            return DeliveryResult.sent("page");
        }
        if (!mailAnswers) {
            return new DeliveryResult.Permanent(DeliveryFailure.Reason.NO_ADDRESS);
        }
        return database.inTransaction(handle -> {
            Optional<String> address = contacts.find(handle, room.room());
            if (address.isEmpty()) {
                return new DeliveryResult.Permanent(DeliveryFailure.Reason.NO_ADDRESS);
            }
            Content content = outbound.content();
            Content forwarded = new Content(MessageKind.NOTICE, content.text(), List.of(), null, null, null, content.language(),
                    content.attachments());
            // the address stays for the coordinators' later answers (a receipt the page stopped waiting
            // for comes here too, and is no answer); it is purged after Contacts.RETENTION
            outbox.enqueue(handle, new Destination.Direct(EMAIL, address.get()), forwarded, null);
            log.debug("Outbox row {}: answer to a visitor forwarded by email", outbound.id());
            return DeliveryResult.sent("mailed");
        });
    }

    @Override
    public void stop() {
        sink = null;
        mailbox.clear();
    }
}
