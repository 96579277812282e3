package org.tresse.connector.matrix.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A URL query string, and the percent-encoding of path segments (room ids, event ids, aliases). */
final class Query {
    private final StringBuilder text = new StringBuilder();

    Query add(String name, String value) {
        if (text.length() > 0) {
            text.append('&');
        }
        text.append(encode(name)).append('=').append(encode(value));
        return this;
    }

    /** Percent-encodes one path segment or query value: {@code !room:example.org} becomes {@code %21room%3Aexample.org}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
