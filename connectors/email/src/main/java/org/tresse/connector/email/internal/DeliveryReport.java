package org.tresse.connector.email.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import org.tresse.connector.email.Bounces;

/**
 * A delivery status notification (RFC 3464): {@code multipart/report;
 * report-type=delivery-status}, whose {@code message/delivery-status} part lists each failed
 * recipient with its action and status. Which mail failed is told by the return path it came
 * back to, not by its content.
 *
 * @param failures recipients whose delivery failed (action {@code failed}, or {@code delayed} as soft)
 */
public record DeliveryReport(List<Bounces.Failure> failures) {
    private static final int MAX_PART_BYTES = 64 * 1024;

    /** True for a multipart/report of type delivery-status. */
    public static boolean isDeliveryReport(Part message) throws MessagingException {
        if (!message.isMimeType("multipart/report")) {
            return false;
        }
        try {
            String type = new ContentType(message.getContentType()).getParameter("report-type");
            return type != null && type.toLowerCase(Locale.ROOT).contains("delivery-status");
        } catch (ParseException e) {
            return false;
        }
    }

    /** Reads the report; empty if it has no delivery-status part. */
    public static Optional<DeliveryReport> read(Part message) throws MessagingException {
        Optional<Multipart> multipart = MailBody.multipartOf(message);
        if (multipart.isEmpty()) {
            return Optional.empty();
        }
        for (int index = 0; index < Math.min(multipart.get().getCount(), 10); index++) {
            Part part = multipart.get().getBodyPart(index);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                return Optional.of(new DeliveryReport(parseStatus(text(part))));
            }
        }
        return Optional.empty();
    }

    private static String text(Part part) throws MessagingException {
        return new String(MailBody.bytesOf(part, MAX_PART_BYTES), StandardCharsets.UTF_8);
    }

    /** Parses the per-recipient field groups of a delivery-status body. */
    static List<Bounces.Failure> parseStatus(String body) {
        List<Bounces.Failure> failures = new ArrayList<>();
        String unfolded = ReplyText.normalize(body).replaceAll("\n[ \t]+", " ");
        for (String group : unfolded.split("\n\\s*\n")) {
            String recipient = null;
            String action = null;
            String status = null;
            for (String line : group.split("\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                switch (name) {
                    case "final-recipient" -> recipient = addressOf(value);
                    case "original-recipient" -> recipient = recipient == null ? addressOf(value) : recipient;
                    case "action" -> action = value.toLowerCase(Locale.ROOT);
                    case "status" -> status = value.split("\\s")[0];
                    default -> { }
                }
            }
            if (recipient == null || action == null) {
                continue;
            }
            if (action.startsWith("failed") || action.startsWith("delayed")) {
                boolean hard = action.startsWith("failed") && status != null && status.startsWith("5");
                failures.add(new Bounces.Failure(recipient, status == null ? "" : status, hard));
            }
        }
        return failures;
    }

    /** {@code rfc822; ana@example.org} -> {@code ana@example.org}. */
    private static String addressOf(String value) {
        int semicolon = value.indexOf(';');
        String address = (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        return address.contains("@") ? Addresses.normalize(address) : null;
    }
}
