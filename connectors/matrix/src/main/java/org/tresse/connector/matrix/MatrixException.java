package org.tresse.connector.matrix;

import java.time.Duration;
import java.util.Optional;

/**
 * The homeserver answered a request with an error: the HTTP status, the Matrix {@code errcode}
 * ({@code M_UNKNOWN_TOKEN}, {@code M_LIMIT_EXCEEDED}, {@code M_FORBIDDEN}...) and, for a rate limit,
 * how long to wait. The message never holds a token, a password or a URL with a query.
 */
public final class MatrixException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String UNKNOWN_TOKEN = "M_UNKNOWN_TOKEN";
    public static final String MISSING_TOKEN = "M_MISSING_TOKEN";
    public static final String LIMIT_EXCEEDED = "M_LIMIT_EXCEEDED";
    public static final String FORBIDDEN = "M_FORBIDDEN";

    private final int status;
    private final String errcode;
    private final transient Duration retryAfter;

    public MatrixException(int status, String errcode, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.errcode = errcode == null ? "" : errcode;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String errcode() {
        return errcode;
    }

    /** For {@code M_LIMIT_EXCEEDED} (HTTP 429): the wait the homeserver asked for. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean isRateLimit() {
        return status == 429 || LIMIT_EXCEEDED.equals(errcode);
    }

    /** The access token is unknown, expired or missing: the bot must log in again. */
    public boolean isBadToken() {
        return UNKNOWN_TOKEN.equals(errcode) || MISSING_TOKEN.equals(errcode) || (status == 401 && errcode.isEmpty());
    }

    public boolean isServerError() {
        return status >= 500;
    }
}
