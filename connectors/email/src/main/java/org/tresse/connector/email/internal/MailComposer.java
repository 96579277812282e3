package org.tresse.connector.email.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.tresse.connector.email.EmailOptions;
import org.tresse.connector.email.ReplyToken;
import org.tresse.connector.email.ReplyTokens;
import org.tresse.core.channel.Outbound;
import org.tresse.core.i18n.Language;
import org.tresse.core.markup.Document;
import org.tresse.core.markup.Markup;
import org.tresse.core.markup.PlainText;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.message.RoomKind;

/**
 * Writes the mail for an outbound message: multipart text and HTML, Tresse's own Message-ID and
 * return path (random, the same on every retry), threading headers on replies, a personal
 * Reply-To on ballots and on a message with a button (replying presses it), and List-Unsubscribe
 * with an unsubscribe footer on newsletters and announcements only.
 */
public final class MailComposer {
    private static final int MAX_SUBJECT = 78;

    private final EmailOptions options;
    private final ReplyTokens tokens;
    private final ThreadStore threads;
    private final SentMails sent;
    private final Clock clock;
    private final Language language;

    /** @param language the association's: the connector's own words in a message that does not say its language */
    public MailComposer(EmailOptions options, ReplyTokens tokens, ThreadStore threads, SentMails sent, Clock clock, Language language) {
        this.options = options;
        this.language = language;
        this.tokens = tokens;
        this.threads = threads;
        this.sent = sent;
        this.clock = clock;
    }

    /** The recipient's address; throws {@link jakarta.mail.internet.AddressException} for a bad one. */
    public static InternetAddress recipient(Destination destination) throws MessagingException {
        String address = destination instanceof Destination.Room room ? room.room() : ((Destination.Direct) destination).userId();
        return new InternetAddress(address, true);
    }

    /** The mail for {@code outbound}. */
    public Composed compose(Session session, Outbound outbound) throws MessagingException {
        InternetAddress to = recipient(outbound.destination());
        String address = Addresses.normalize(to.getAddress());
        Content content = outbound.content();
        // a receipt that must leave no trace gets a Message-ID and return path kept nowhere
        SentMails.Sent identity = outbound.leavesNoTrace() ? sent.untraced() : sent.of(outbound.id(), address);
        String id = identity.messageId();
        Optional<String> replyTo = Optional.ofNullable(content.replyTo()).filter(value -> value.matches("<[^<>\\s]+@[^<>\\s]+>"));
        Optional<ThreadStore.Thread> thread = replyTo.flatMap(threads::find);
        PollPresentation poll = content.poll();
        boolean ballot = isBallot(outbound);
        boolean newsletter = isNewsletter(outbound);
        MailTexts texts = MailTexts.in(content.language() != null ? content.language() : language);

        Document body = Markup.parse(content.text());
        List<Document> documents = new ArrayList<>(List.of(body));
        StringBuilder text = new StringBuilder(PlainText.render(body));
        List<Button> buttons = content.buttons().stream().flatMap(List::stream).toList();
        if (ballot) {
            Document instructions = Markup.parse(texts.ballot(poll));
            documents.add(instructions);
            text.append("\n\n").append(PlainText.render(instructions));
        } else if (buttons.size() > 1) {
            Document choices = Markup.parse(texts.buttons(buttons.stream()
                    .map(button -> new MailTexts.Choice(Markup.literal(button.label()), Markup.literal(answerAddress(address, button)))).toList()));
            documents.add(choices);
            text.append("\n\n").append(PlainText.render(choices));
        }
        String unsubscribe = newsletter ? tokens.unsubscribe(address) : null;
        if (newsletter) {
            Document footer = Markup.parse(texts.unsubscribe(Addresses.plus(options.address(), "u." + unsubscribe)));
            documents.add(footer);
            text.append("\n\n-- \n").append(PlainText.render(footer));
        }

        FixedIdMessage message = new FixedIdMessage(session, id);
        message.setEnvelopeFrom(Addresses.plus(options.address(), Addresses.RETURN_TAG + "." + identity.returnToken()));
        message.setFrom(address(options.address(), options.fromName()));
        message.setRecipient(Message.RecipientType.TO, to);
        String replyAddress = ballot ? Addresses.plus(options.address(), "v." + tokens.ballot(address, poll.key(),
                poll.kind().name(), expiry(poll)))
                : buttons.size() == 1 ? answerAddress(address, buttons.get(0)) : options.address();
        message.setReplyTo(new InternetAddress[] {address(replyAddress, options.fromName())});
        message.setSubject(subject(content, thread, ballot ? texts.ballotSubject(poll) : null), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        if (replyTo.isPresent()) {
            List<String> references = new ArrayList<>(thread.map(ThreadStore.Thread::references).orElse(List.of()));
            references.remove(replyTo.get());
            references.add(replyTo.get());
            message.setHeader("In-Reply-To", replyTo.get());
            message.setHeader("References", String.join(" ", references));
        }
        message.setHeader("Auto-Submitted", content.replyTo() != null ? "auto-replied" : "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (newsletter) {
            String mailto = "<mailto:" + Addresses.plus(options.address(), "u." + unsubscribe) + "?subject=unsubscribe>";
            if (options.unsubscribeUrl() != null) {
                String separator = options.unsubscribeUrl().contains("?") ? "&" : "?";
                message.setHeader("List-Unsubscribe", mailto + ", <" + options.unsubscribeUrl() + separator
                        + "token=" + unsubscribe + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            } else {
                message.setHeader("List-Unsubscribe", mailto);
            }
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.toString(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HtmlRenderer.page(documents), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        if (content.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            message.setContent(withAttachments(alternative, content.attachments()));
        }
        message.saveChanges();
        return new Composed(message, id, address);
    }

    /**
     * The text and HTML, then each file (an event's .ics: {@code text/calendar; method=PUBLISH}, so calendars add it; a
     * report: {@code application/pdf}, base64).
     */
    private static MimeMultipart withAttachments(MimeMultipart alternative, List<Attachment> attachments) throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (Attachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                    attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    /** The personal address whose mail presses {@code button}: {@code bot+a.TOKEN@domain}. */
    private String answerAddress(String address, Button button) {
        return Addresses.plus(options.address(), ReplyToken.Kind.ANSWER.tag() + "." + tokens.answer(address, button.data()));
    }

    /** A poll sent to a person, answered by replying. */
    public static boolean isBallot(Outbound outbound) {
        PollPresentation poll = outbound.content().poll();
        return poll != null && !poll.closed() && isPerson(outbound.destination());
    }

    /** Neither an answer nor about a poll: a newsletter or an announcement, with an unsubscribe link. */
    public static boolean isNewsletter(Outbound outbound) {
        return outbound.content().kind().isNewsletter();
    }

    private Instant expiry(PollPresentation poll) {
        Instant fallback = clock.instant().plus(options.ballotValidity());
        return poll.closesAt() != null && poll.closesAt().isBefore(fallback) ? poll.closesAt() : fallback;
    }

    /** @param ballot a ballot's own subject, or null */
    private String subject(Content content, Optional<ThreadStore.Thread> thread, String ballot) {
        if (thread.isPresent() && !thread.get().subject().isBlank()) {
            String original = thread.get().subject();
            return original.toLowerCase(java.util.Locale.ROOT).startsWith("re:") ? original : "Re: " + original;
        }
        if (ballot != null) {
            return shorten(ballot);
        }
        String first = ReplyText.firstLine(PlainText.render(content.text()));
        return first.isEmpty() ? options.fromName() : shorten(first);
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1).stripTrailing() + "…";
    }

    private static boolean isPerson(Destination destination) {
        return !(destination instanceof Destination.Room room) || room.kind() == RoomKind.PRIVATE;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            return new InternetAddress(address, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            return new InternetAddress(address);
        }
    }

    /** A mail ready to send. */
    public record Composed(MimeMessage message, String messageId, String address) {}

    /** A message whose Message-ID is Tresse's, not one the library makes up. */
    private static final class FixedIdMessage extends SMTPMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
