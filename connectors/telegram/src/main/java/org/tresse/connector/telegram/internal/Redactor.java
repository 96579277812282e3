package org.tresse.connector.telegram.internal;

/**
 * Hides the bot token in any text that may reach a log, an exception or a delivery result.
 * The token is part of every Bot API URL, so anything that quotes a URL could leak it.
 */
public final class Redactor {
    private static final String MASK = "***";
    private final String token;
    private final String secret;

    public Redactor(String token) {
        this.token = token;
        int colon = token.indexOf(':');
        String afterColon = colon >= 0 ? token.substring(colon + 1) : token;
        this.secret = afterColon.length() >= 8 ? afterColon : token;
    }

    /** {@code text} with the token, and its secret half alone, replaced by {@code ***}. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(token, MASK).replace(secret, MASK);
    }

    /**
     * A short description of a failure for logs: its class and redacted message, and those of its
     * causes. Never the stack trace's objects themselves, whose messages could quote a URL.
     */
    public String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 4; cause = cause.getCause(), depth++) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                out.append(": ").append(redact(firstLine(cause.getMessage())));
            }
        }
        return out.toString();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline >= 0 ? text.substring(0, newline) : text;
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
