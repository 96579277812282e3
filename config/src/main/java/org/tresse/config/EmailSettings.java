package org.tresse.config;

import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * The bot's mailbox: IMAP to read, SMTP to send.
 *
 * @param address         the bot's address, required
 * @param feedbackAddress optional second address whose mail becomes residents' voices
 * @param fromName        the sender's name; null means the association's name
 * @param authservId      optional: trust only Authentication-Results headers from this server
 * @param rate            optional sending rate, null for the channel's default
 * @param imap            required; port defaults to 993 (ssl) or 143, user to {@code address},
 *                        folder to {@code INBOX}
 * @param smtp            required; port defaults to 465 (ssl), 587 (starttls) or 25, user to
 *                        {@code address}
 */
public record EmailSettings(
        String address, String feedbackAddress, String fromName, String authservId, Rate rate,
        MailServerSettings imap, MailServerSettings smtp) {

    public static final String DEFAULT_FOLDER = "INBOX";

    public EmailSettings {
        address = Checks.optionalEmail(Checks.required(address, "address", "address: tresse@example.org"), "address");
        feedbackAddress = Checks.optionalEmail(feedbackAddress, "feedback-address");
        fromName = Checks.trimToNull(fromName);
        authservId = Checks.trimToNull(authservId);
        Checks.requiredSection(imap, "imap", "imap: { host: imap.example.org, port: 993, security: ssl }");
        Checks.requiredSection(smtp, "smtp", "smtp: { host: smtp.example.org, port: 587, security: starttls }");
        if (smtp.folder() != null || smtp.processedFolder() != null) {
            throw new InvalidField(smtp.folder() != null ? "smtp.folder" : "smtp.processed-folder",
                    "les dossiers ne concernent que la réception : déplacez cette ligne dans la section imap.",
                    "folders only concern receiving: move this line to the imap section.");
        }
        imap = imap.withDefaults(imap.security() == MailServerSettings.Security.SSL ? 993 : 143, address,
                DEFAULT_FOLDER);
        smtp = smtp.withDefaults(switch (smtp.security()) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        }, address, null);
    }
}
