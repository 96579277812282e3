package org.tresse.connector.matrix.homeserver;

/** A failure the test homeserver gives to the next send instead of (or after) doing it. */
public record Fault(int status, String errcode, Long retryAfterMillis, boolean afterStoring) {
    /** {@code 429 M_LIMIT_EXCEEDED} with {@code retry_after_ms}. */
    public static Fault rateLimited(long millis) {
        return new Fault(429, "M_LIMIT_EXCEEDED", millis, false);
    }

    public static Fault serverError() {
        return new Fault(500, "M_UNKNOWN", null, false);
    }

    /** The event is stored, but the answer is lost (a 502 from a proxy): the client must retry with the same txnId. */
    public static Fault lostAnswer() {
        return new Fault(502, "M_UNKNOWN", null, true);
    }

    public static Fault forbidden() {
        return new Fault(403, "M_FORBIDDEN", null, false);
    }
}
