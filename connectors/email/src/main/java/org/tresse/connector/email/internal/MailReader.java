package org.tresse.connector.email.internal;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reads a {@link ReceivedMail} from a message of the mailbox, tolerating broken headers. */
public final class MailReader {
    private static final Pattern ID = Pattern.compile("<[^<>\\s]{1,400}>");
    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"};
    private static final int MAX_REFERENCES = 20;
    /** Longer Message-IDs are ignored (the mail is then known by its UID): event ids are stored in 400 characters. */
    private static final int MAX_ID = 250;
    /** Trace headers read at most: a server's own lines are at the top. */
    private static final int MAX_TRACE = 100;

    private MailReader() {}

    public static ReceivedMail read(MimeMessage message) throws MessagingException {
        Optional<InternetAddress> from = from(message);
        String fromAddress = from.map(address -> Addresses.normalize(address.getAddress())).orElse(null);
        String subject = subject(message);
        Optional<String> automatic = AutoMail.reason(message, fromAddress, subject);
        Optional<DeliveryReport> report = DeliveryReport.isDeliveryReport(message)
                ? DeliveryReport.read(message) : Optional.empty();
        String text = automatic.isPresent() ? "" : ReplyText.clean(MailBody.textOf(message));
        return new ReceivedMail(messageId(message), fromAddress, from.map(MailReader::personal).orElse(""),
                recipients(message), subject, text, references(message), automatic, report, trace(message));
    }

    /** The Received and Authentication-Results headers, in the order they stand. */
    static List<SenderTrust.TraceField> trace(MimeMessage message) throws MessagingException {
        List<SenderTrust.TraceField> trace = new ArrayList<>();
        Enumeration<Header> headers = message.getAllHeaders();
        while (headers.hasMoreElements() && trace.size() < MAX_TRACE) {
            Header header = headers.nextElement();
            SenderTrust.TraceField field = new SenderTrust.TraceField(header.getName(),
                    header.getValue() == null ? "" : MimeUtility.unfold(header.getValue()));
            if (field.isReceived() || field.isAuthenticationResults()) {
                trace.add(field);
            }
        }
        return List.copyOf(trace);
    }

    /** The Message-ID in angle brackets, or null when missing, unusable or too long. */
    static String messageId(MimeMessage message) throws MessagingException {
        String[] values = message.getHeader("Message-ID");
        if (values == null || values.length == 0) {
            return null;
        }
        Matcher matcher = ID.matcher(values[0]);
        String id = matcher.find() ? matcher.group() : "<" + values[0].strip() + ">";
        return id.length() <= 2 || id.length() > MAX_ID || id.contains(" ") ? null : id;
    }

    private static Optional<InternetAddress> from(MimeMessage message) throws MessagingException {
        for (String header : new String[] {"From", "Sender"}) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (InternetAddress address : parse(values[0])) {
                if (address.getAddress() != null && address.getAddress().indexOf('@') > 0) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static String personal(InternetAddress address) {
        String name = address.getPersonal();
        return name == null ? "" : ReplyText.normalize(name).replace('\n', ' ').strip();
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String[] values = message.getHeader("Subject");
        if (values == null || values.length == 0) {
            return "";
        }
        String raw = MimeUtility.unfold(values[0]);
        String decoded;
        try {
            decoded = MimeUtility.decodeText(raw);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            decoded = raw;
        }
        return ReplyText.normalize(decoded).replace('\n', ' ').replace('\t', ' ').strip();
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Set<String> recipients = new LinkedHashSet<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                for (InternetAddress address : parse(value)) {
                    if (address.getAddress() != null && address.getAddress().contains("@")) {
                        recipients.add(Addresses.normalize(address.getAddress()));
                    }
                }
            }
        }
        return List.copyOf(recipients);
    }

    private static List<InternetAddress> parse(String header) {
        try {
            return List.of(InternetAddress.parseHeader(MimeUtility.unfold(header), false));
        } catch (AddressException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> references(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        for (String header : new String[] {"References", "In-Reply-To"}) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            Matcher matcher = ID.matcher(MimeUtility.unfold(values[0]));
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        List<String> all = new ArrayList<>(ids);
        return all.size() <= MAX_REFERENCES ? all : List.copyOf(all.subList(all.size() - MAX_REFERENCES, all.size()));
    }
}
