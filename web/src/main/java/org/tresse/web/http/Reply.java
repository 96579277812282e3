package org.tresse.web.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP answer: status, type, body, extra headers and cookies. Immutable; the {@code with}
 * methods return a changed copy.
 *
 * @param cookies {@code Set-Cookie} values, already written out
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, List<String> cookies) {
    public static final String HTML = "text/html; charset=utf-8";

    public Reply {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    public static Reply of(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), List.of());
    }

    /** A failure with no page of its own: the site's page for {@code status} (404, 403…) answers it. */
    public static Reply bare(int status) {
        if (status < 400) {
            throw new IllegalArgumentException("a bare reply is a failure: " + status);
        }
        return new Reply(status, "text/plain; charset=utf-8", new byte[0], Map.of(), List.of());
    }

    /** Whether this is {@link #bare}: the server puts its page for the status in. */
    public boolean isBare() {
        return status >= 400 && body.length == 0;
    }

    public static Reply html(String body) {
        return of(200, HTML, body);
    }

    public static Reply html(int status, String body) {
        return of(status, HTML, body);
    }

    /** A 303 to {@code location}: after a form, the browser GETs the answer. */
    public static Reply seeOther(String location) {
        return new Reply(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location), List.of());
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new Reply(status, contentType, body, changed, cookies);
    }

    public Reply withCookie(String setCookie) {
        if (setCookie == null) {
            return this;
        }
        List<String> changed = new ArrayList<>(cookies);
        changed.add(setCookie);
        return new Reply(status, contentType, body, headers, changed);
    }

    public Reply withCookies(List<String> setCookies) {
        Reply reply = this;
        for (String cookie : setCookies) {
            reply = reply.withCookie(cookie);
        }
        return reply;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
