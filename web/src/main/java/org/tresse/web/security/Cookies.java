package org.tresse.web.security;

import java.time.Duration;

/** {@code Set-Cookie} values: HttpOnly, SameSite, Secure when the site is served over https. */
public final class Cookies {
    private final boolean secure;

    public Cookies(boolean secure) {
        this.secure = secure;
    }

    /** A cookie scripts can't read, sent only by this site's own pages. */
    public String strict(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /** A preference (the language), also sent when following a link from elsewhere. */
    public String lax(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    public String expired(String name) {
        return name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
