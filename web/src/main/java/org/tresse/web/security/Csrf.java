package org.tresse.web.security;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tresse.web.http.WebRequest;

/**
 * Form tokens bound to the browser (double submit): a random cookie, and in each form the HMAC
 * of it. A form posted from another site has the cookie (or not: it is SameSite=Strict) but
 * can't know the HMAC.
 */
public final class Csrf {
    public static final String COOKIE = "tresse_csrf";
    public static final String FIELD = "csrf";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{22,64}");

    private final Secrets secrets;
    private final Cookies cookies;

    public Csrf(Secrets secrets, Cookies cookies) {
        this.secrets = secrets;
        this.cookies = cookies;
    }

    /** The token to put in forms for this browser, and the cookie to set if it has none yet. */
    public Issued issue(WebRequest request) {
        Optional<String> existing = request.cookie(COOKIE).filter(value -> VALUE.matcher(value).matches());
        String value = existing.orElseGet(() -> Secrets.randomText(18));
        String setCookie = existing.isPresent() ? null : cookies.strict(COOKIE, value, Duration.ofDays(1));
        return new Issued(secrets.sign("csrf:" + value), setCookie);
    }

    /** Whether the posted form carries this browser's token. */
    public boolean verify(WebRequest request) {
        Optional<String> cookie = request.cookie(COOKIE).filter(value -> VALUE.matcher(value).matches());
        Optional<String> field = request.form(FIELD);
        return cookie.isPresent() && field.isPresent() && Secrets.same(secrets.sign("csrf:" + cookie.get()), field.get());
    }

    /** A form token and, for a browser seen for the first time, the cookie it is bound to. */
    public record Issued(String token, String setCookie) {}
}
