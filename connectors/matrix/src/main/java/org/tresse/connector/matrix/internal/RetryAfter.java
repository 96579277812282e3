package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** The wait a rate-limited answer asks for: {@code retry_after_ms} in the body, else the {@code Retry-After} header. */
final class RetryAfter {
    /** When the homeserver names no wait at all. */
    static final Duration UNSPECIFIED = Duration.ofSeconds(5);

    private RetryAfter() {}

    static Duration of(JsonNode body, HttpHeaders headers) {
        Optional<Long> millis = Json.integer(body, "retry_after_ms");
        if (millis.isPresent() && millis.get() >= 0) {
            return Duration.ofMillis(millis.get());
        }
        Optional<String> header = headers.firstValue("Retry-After");
        if (header.isPresent()) {
            try {
                long seconds = Long.parseLong(header.get().trim());
                if (seconds >= 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // an HTTP date: not worth parsing, fall back to the default wait
            }
        }
        return UNSPECIFIED;
    }
}
