package org.tresse.connector.telegram.internal;

/**
 * The Bot API could not be reached or answered something that is not its JSON. The message is
 * built by the connector and redacted: it never contains the token.
 */
public final class BotApiException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean malformed;

    BotApiException(String message, boolean malformed) {
        super(message, null, false, false);
        this.malformed = malformed;
    }

    /** True when the server answered, but not with valid Bot API JSON. */
    public boolean malformed() {
        return malformed;
    }
}
