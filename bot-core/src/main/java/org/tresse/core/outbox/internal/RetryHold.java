package org.tresse.core.outbox.internal;

import java.time.Duration;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.outbox.OutboxRow;

/**
 * How long a message in retry holds back the later messages of its conversation. What must stay
 * after it (the next parts of its own split text, its edits) is sent with it or needs its id, so
 * the later rows only wait for order's sake: for at most {@link #BOUND} of its retries, then they
 * go ahead and it goes on being retried on its own.
 */
final class RetryHold {
    /** The longest a failing message holds its conversation back. */
    static final Duration BOUND = Duration.ofSeconds(30);

    private RetryHold() {}

    /**
     * Whether {@code row}, not yet due, still holds its conversation: a scheduled row that never
     * failed does, a failed one while its waits so far add up to at most {@link #BOUND}.
     */
    static boolean holdsConversation(OutboxRow row, Backoff backoff) {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; attempt <= row.attempts(); attempt++) {
            waited = waited.plus(backoff.after(attempt));
            if (waited.compareTo(BOUND) > 0) {
                return false;
            }
        }
        return true;
    }
}
