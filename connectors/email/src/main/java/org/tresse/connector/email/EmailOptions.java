package org.tresse.connector.email;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.tresse.core.channel.RateLimit;

/**
 * Everything the email connector needs to know. Build it with {@link #of} and the {@code with}
 * methods; every duration has a sensible default.
 *
 * @param address          the bot's address, e.g. {@code tresse@example.org}
 * @param feedbackAddress  mail to this address (an alias delivered to the same mailbox) becomes a
 *                         resident's voice ({@code /avis}); null for none
 * @param fromName         the display name of sent mail
 * @param authservId       the receiving server's authserv-id: only its Authentication-Results
 *                         headers are trusted; null to trust no header (tokens only)
 * @param imap             the mailbox to read
 * @param smtp             the server to send through
 * @param sendRate         at most this many mails, default 1 per second
 * @param idleRenewal      IMAP IDLE is ended and issued again this often (at most 25 minutes:
 *                         servers may drop an IDLE after 30)
 * @param pollInterval     how often the mailbox is read when the server has no IDLE
 * @param reconnectFirst   the first wait before reconnecting after a failure
 * @param reconnectMax     the longest wait between two reconnections
 * @param unsubscribeUrl   an https address taking {@code ?token=...} for one-click unsubscribe
 *                         (RFC 8058), served by the app; null for the mailto link only
 * @param ballotValidity   how long a ballot's reply token works when its poll has no deadline
 * @param hardBounceLimit  hard bounces after which an address is suspended
 */
public record EmailOptions(
        String address,
        String feedbackAddress,
        String fromName,
        String authservId,
        MailServer imap,
        MailServer smtp,
        RateLimit sendRate,
        Duration idleRenewal,
        Duration pollInterval,
        Duration reconnectFirst,
        Duration reconnectMax,
        String unsubscribeUrl,
        Duration ballotValidity,
        int hardBounceLimit) {

    public static final Duration MAX_IDLE_RENEWAL = Duration.ofMinutes(25);

    public EmailOptions {
        address = lower(Objects.requireNonNull(address, "address"));
        if (address.indexOf('@') <= 0) {
            throw new IllegalArgumentException("not an email address: " + address);
        }
        feedbackAddress = feedbackAddress == null || feedbackAddress.isBlank() ? null : lower(feedbackAddress);
        fromName = fromName == null || fromName.isBlank() ? "Tresse" : fromName.strip();
        authservId = authservId == null || authservId.isBlank() ? null : lower(authservId);
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(smtp, "smtp");
        sendRate = sendRate == null ? RateLimit.perSecond(1) : sendRate;
        idleRenewal = positive(idleRenewal, Duration.ofMinutes(10), "idleRenewal");
        if (idleRenewal.compareTo(MAX_IDLE_RENEWAL) > 0) {
            throw new IllegalArgumentException("idleRenewal must be at most 25 minutes, got " + idleRenewal);
        }
        pollInterval = positive(pollInterval, Duration.ofMinutes(1), "pollInterval");
        reconnectFirst = positive(reconnectFirst, Duration.ofSeconds(2), "reconnectFirst");
        reconnectMax = positive(reconnectMax, Duration.ofMinutes(5), "reconnectMax");
        unsubscribeUrl = unsubscribeUrl == null || unsubscribeUrl.isBlank() ? null : unsubscribeUrl.strip();
        if (unsubscribeUrl != null && !unsubscribeUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the unsubscribe address must start with https://");
        }
        ballotValidity = positive(ballotValidity, Duration.ofDays(60), "ballotValidity");
        hardBounceLimit = hardBounceLimit <= 0 ? 3 : hardBounceLimit;
    }

    /** Options with every default: no feedback address, no trusted server, 1 mail per second. */
    public static EmailOptions of(String address, MailServer imap, MailServer smtp) {
        return new EmailOptions(address, null, null, null, imap, smtp, null, null, null, null, null, null, null, 0);
    }

    public EmailOptions withFeedbackAddress(String value) {
        return new EmailOptions(address, value, fromName, authservId, imap, smtp, sendRate, idleRenewal, pollInterval,
                reconnectFirst, reconnectMax, unsubscribeUrl, ballotValidity, hardBounceLimit);
    }

    public EmailOptions withFromName(String value) {
        return new EmailOptions(address, feedbackAddress, value, authservId, imap, smtp, sendRate, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, unsubscribeUrl, ballotValidity, hardBounceLimit);
    }

    public EmailOptions withAuthservId(String value) {
        return new EmailOptions(address, feedbackAddress, fromName, value, imap, smtp, sendRate, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, unsubscribeUrl, ballotValidity, hardBounceLimit);
    }

    public EmailOptions withImap(MailServer value) {
        return new EmailOptions(address, feedbackAddress, fromName, authservId, value, smtp, sendRate, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, unsubscribeUrl, ballotValidity, hardBounceLimit);
    }

    public EmailOptions withSendRate(RateLimit value) {
        return new EmailOptions(address, feedbackAddress, fromName, authservId, imap, smtp, value, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, unsubscribeUrl, ballotValidity, hardBounceLimit);
    }

    /** IDLE renewal, polling interval (without IDLE) and reconnection waits. */
    public EmailOptions withTimings(Duration idle, Duration poll, Duration firstReconnect, Duration maxReconnect) {
        return new EmailOptions(address, feedbackAddress, fromName, authservId, imap, smtp, sendRate, idle, poll,
                firstReconnect, maxReconnect, unsubscribeUrl, ballotValidity, hardBounceLimit);
    }

    public EmailOptions withUnsubscribeUrl(String value) {
        return new EmailOptions(address, feedbackAddress, fromName, authservId, imap, smtp, sendRate, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, value, ballotValidity, hardBounceLimit);
    }

    public EmailOptions withBallotValidity(Duration value) {
        return new EmailOptions(address, feedbackAddress, fromName, authservId, imap, smtp, sendRate, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, unsubscribeUrl, value, hardBounceLimit);
    }

    public EmailOptions withHardBounceLimit(int value) {
        return new EmailOptions(address, feedbackAddress, fromName, authservId, imap, smtp, sendRate, idleRenewal,
                pollInterval, reconnectFirst, reconnectMax, unsubscribeUrl, ballotValidity, value);
    }

    /** The part of the bot's address before the {@code @}. */
    public String localPart() {
        return address.substring(0, address.indexOf('@'));
    }

    /** The bot's domain: the right-hand side of Tresse's Message-IDs. */
    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
