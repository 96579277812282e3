package org.tresse.connector.telegram.internal;

import java.util.Locale;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;

/** What a Bot API failure means for an outbound message. */
public final class Outcomes {
    private Outcomes() {}

    /**
     * 429: retry after exactly {@code retry_after}; 400 and 403: permanent; 401 and 404 (token
     * refused): transient, the token may be fixed; 5xx: transient. The reason is Tresse's
     * ({@link DeliveryFailure}), with the HTTP status; Telegram's {@code description} only picks
     * among them and is for the log.
     */
    public static DeliveryResult failure(ApiResponse response) {
        int code = response.errorCode();
        if (code == 429 && response.retryAfterDelay().isPresent()) {
            return new DeliveryResult.RetryAfter(response.retryAfterDelay().get());
        }
        if (code == 401 || code == 404) {
            return new DeliveryResult.Transient(DeliveryFailure.of(Reason.ACCOUNT_REFUSED, code));
        }
        String description = response.description().toLowerCase(Locale.ROOT);
        if (code == 403) {
            return new DeliveryResult.Permanent(DeliveryFailure.of(
                    description.contains("blocked") ? Reason.BLOCKED : Reason.FORBIDDEN, code));
        }
        if (code == 413) {
            return new DeliveryResult.Permanent(DeliveryFailure.of(Reason.TOO_LARGE, code));
        }
        if (code == 400 && description.contains("not found")) {
            return new DeliveryResult.Permanent(DeliveryFailure.of(Reason.NOT_FOUND, code));
        }
        if (code >= 400 && code < 500 && code != 429 && code != 408) {
            return new DeliveryResult.Permanent(DeliveryFailure.of(Reason.REFUSED, code));
        }
        return new DeliveryResult.Transient(DeliveryFailure.of(code == 408 ? Reason.NETWORK : Reason.UNAVAILABLE, Math.max(code, 0)));
    }

    /** True for a file Telegram will not take: 413 Request Entity Too Large, or "file is too big". */
    public static boolean fileTooLarge(ApiResponse response) {
        String description = response.description().toLowerCase(Locale.ROOT);
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
