package org.tresse.web.http.internal;

import java.util.regex.Pattern;

/**
 * Paths as logs may show them: what follows {@code /vote/} or {@code /desabonnement/} (a personal
 * token), and any long token-like segment, becomes {@code ***}.
 */
public final class Redaction {
    private static final Pattern AFTER_TOKEN_ROUTE = Pattern.compile("(?<=/(vote|desabonnement)/)[^/]+");
    private static final Pattern LONG_SEGMENT = Pattern.compile("(?<=/)[A-Za-z0-9_-]{20,}(?=/|$)");

    private Redaction() {}

    public static String path(String path) {
        return LONG_SEGMENT.matcher(AFTER_TOKEN_ROUTE.matcher(path).replaceAll("***")).replaceAll("***");
    }
}
