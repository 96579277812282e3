package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.ArrayList;
import java.util.List;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * The bot's mailbox: IMAP to read, SMTP to send.
 *
 * @param address         the bot's address, required
 * @param feedbackAddress optional second address whose mail becomes residents' voices
 * @param fromName        the sender's name; null means the association's name
 * @param authservId      the receiving server's authserv-id, read only with
 *                        {@code trust: authentication-results}
 * @param trust           who is believed to have written a mail: {@code tokens-only} (the
 *                        default: only replies to personal addresses) or
 *                        {@code authentication-results} (also the receiving server's DMARC result)
 * @param rate            optional sending rate, null for the channel's default
 * @param imap            required; port defaults to 993 (ssl) or 143, user to {@code address},
 *                        folder to {@code INBOX}
 * @param smtp            required; port defaults to 465 (ssl), 587 (starttls) or 25, user to
 *                        {@code address}
 */
public record EmailSettings(
        String address, String feedbackAddress, String fromName, String authservId, Trust trust, Rate rate,
        MailServerSettings imap, MailServerSettings smtp) {

    public static final String DEFAULT_FOLDER = "INBOX";

    public EmailSettings {
        address = Checks.optionalMailbox(Checks.required(address, "address", "address: tresse@example.org"), "address");
        feedbackAddress = Checks.optionalMailbox(feedbackAddress, "feedback-address");
        fromName = Checks.trimToNull(fromName);
        authservId = Checks.trimToNull(authservId);
        trust = trust == null ? Trust.TOKENS_ONLY : trust;
        if (trust == Trust.AUTHENTICATION_RESULTS && authservId == null) {
            throw new InvalidField("authserv-id", said("config.email.trust.authentication.results"));
        }
        Checks.requiredSection(imap, "imap", "imap: { host: imap.example.org, port: 993, security: ssl }");
        Checks.requiredSection(smtp, "smtp", "smtp: { host: smtp.example.org, port: 587, security: starttls }");
        if (smtp.folder() != null || smtp.processedFolder() != null) {
            throw new InvalidField(smtp.folder() != null ? "smtp.folder" : "smtp.processed-folder", said("config.email.dossiers.concernent.reception"));
        }
        imap = imap.withDefaults(imap.security() == MailServerSettings.Security.SSL ? 993 : 143, address,
                DEFAULT_FOLDER);
        smtp = smtp.withDefaults(switch (smtp.security()) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        }, address, null);
    }

    /** The receiving server's authserv-id if its Authentication-Results are to be read, else null (tokens only). */
    public String trustedAuthservId() {
        return trust == Trust.AUTHENTICATION_RESULTS ? authservId : null;
    }

    /** What is legal here but probably not meant. */
    public List<ConfigWarning> warnings() {
        List<ConfigWarning> warnings = new ArrayList<>();
        for (String[] field : new String[][] {{"address", address}, {"feedback-address", feedbackAddress}}) {
            if (field[1] != null && !field[1].substring(field[1].lastIndexOf('@') + 1).contains(".")) {
                warnings.add(new ConfigWarning("channels.email." + field[0], said("config.email.domaine.point.tres", field[1])));
            }
        }
        if (trust == Trust.TOKENS_ONLY && authservId != null) {
            warnings.add(new ConfigWarning("channels.email.authserv-id", said("config.email.authserv.tant.trust")));
        }
        return List.copyOf(warnings);
    }

    /** Who is believed to have written a mail. */
    public enum Trust {
        /** Only a reply to a personal token address proves its sender; anything else is confirmed by a round trip. */
        TOKENS_ONLY,
        /** Also the receiving server's DMARC result, in its own Authentication-Results header. */
        AUTHENTICATION_RESULTS
    }
}
