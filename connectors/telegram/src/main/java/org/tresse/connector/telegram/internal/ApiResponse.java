package org.tresse.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * What the Bot API answered: {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error_code":429,"description":"...","parameters":{"retry_after":5}}}.
 *
 * @param httpStatus      the HTTP status
 * @param ok              the {@code ok} field
 * @param result          the {@code result}, or a missing node
 * @param errorCode       the {@code error_code}, or the HTTP status when absent
 * @param description     the {@code description}, or empty
 * @param retryAfter      {@code parameters.retry_after} in seconds, or null
 * @param migrateToChatId {@code parameters.migrate_to_chat_id}, or null
 */
public record ApiResponse(
        int httpStatus, boolean ok, JsonNode result, int errorCode, String description, Integer retryAfter, Long migrateToChatId) {

    static ApiResponse of(int httpStatus, JsonNode body) {
        boolean ok = body.path("ok").asBoolean(false);
        int code = body.path("error_code").asInt(httpStatus);
        JsonNode parameters = body.path("parameters");
        Integer retryAfter = parameters.hasNonNull("retry_after") ? parameters.get("retry_after").asInt() : null;
        Long migrateTo = parameters.hasNonNull("migrate_to_chat_id") ? parameters.get("migrate_to_chat_id").asLong() : null;
        return new ApiResponse(httpStatus, ok && httpStatus / 100 == 2, body.path("result"), code,
                body.path("description").asText(""), retryAfter, migrateTo);
    }

    public Optional<Duration> retryAfterDelay() {
        return retryAfter == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(0, retryAfter)));
    }

    /** "HTTP 403: Forbidden: bot was blocked by the user", for logs and failure reasons. */
    public String summary() {
        return "HTTP " + errorCode + (description.isEmpty() ? "" : ": " + description);
    }
}
