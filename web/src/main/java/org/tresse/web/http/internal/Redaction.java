package org.tresse.web.http.internal;

import java.util.regex.Pattern;

/** Paths as logs may show them: a long token-like segment (a personal link) becomes {@code ***}. */
public final class Redaction {
    private static final Pattern TOKEN = Pattern.compile("(?<=/)[A-Za-z0-9_-]{12,}(?=/|$)");

    private Redaction() {}

    public static String path(String path) {
        return TOKEN.matcher(path).replaceAll("***");
    }
}
