package org.tresse.connector.telegram.internal;

import org.tresse.core.channel.DeliveryResult;

/** What a Bot API failure means for an outbound message. */
public final class Outcomes {
    private Outcomes() {}

    /**
     * 429: retry after exactly {@code retry_after}; 400 and 403: permanent; 401 and 404 (token
     * refused): transient, the token may be fixed; 5xx: transient.
     */
    public static DeliveryResult failure(ApiResponse response, Redactor redactor) {
        String reason = redactor.redact(response.summary());
        int code = response.errorCode();
        if (code == 429 && response.retryAfterDelay().isPresent()) {
            return new DeliveryResult.RetryAfter(response.retryAfterDelay().get());
        }
        if (code == 401 || code == 404) {
            return new DeliveryResult.Transient("Telegram refused the bot token (" + reason + ")");
        }
        if (code == 400 || code == 403) {
            return new DeliveryResult.Permanent("Telegram refused the message: " + reason);
        }
        if (code >= 400 && code < 500 && code != 429 && code != 408) {
            return new DeliveryResult.Permanent("Telegram refused the message: " + reason);
        }
        return new DeliveryResult.Transient("Telegram failed: " + reason);
    }

    /** True for a file Telegram will not take: 413 Request Entity Too Large, or "file is too big". */
    public static boolean fileTooLarge(ApiResponse response) {
        String description = response.description().toLowerCase(java.util.Locale.ROOT);
        return response.errorCode() == 413 || response.errorCode() == 400 && (description.contains("too big") || description.contains("too large"));
    }

    /** True for "Bad Request: message is not modified": an edit that changes nothing. */
    public static boolean notModified(ApiResponse response) {
        return response.errorCode() == 400 && response.description().contains("message is not modified");
    }

    /** True for a stopPoll on a poll already closed. */
    public static boolean alreadyClosed(ApiResponse response) {
        return response.errorCode() == 400 && response.description().contains("poll has already been closed");
    }
}
