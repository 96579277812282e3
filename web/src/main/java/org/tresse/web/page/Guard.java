package org.tresse.web.page;

import java.util.Optional;
import org.tresse.web.http.Reply;
import org.tresse.web.http.WebRequest;
import org.tresse.web.security.RateLimiter;

/**
 * The checks every form goes through before anything is done: the address's rate (429), the
 * form token (403), the honeypot (a robot gets a thank-you and nothing happens).
 */
public final class Guard {
    public static final String HONEYPOT = "site_web";

    private final Pages pages;
    private final RateLimiter forms;
    private final RateLimiter links;
    private final RateLimiter mails;

    /** @param mails how often one email address may be sent a personal link a visitor asked for */
    public Guard(Pages pages, RateLimiter forms, RateLimiter links, RateLimiter mails) {
        this.pages = pages;
        this.forms = forms;
        this.links = links;
        this.mails = mails;
    }

    /**
     * Whether a mail a visitor asked for may go to {@code address} now: whoever types an address in
     * a form must not make Tresse flood that mailbox, from however many addresses they send.
     */
    public boolean mayMail(String address) {
        return mails.tryAcquire("mail:" + address);
    }

    /**
     * The key a client's limits are counted under: its IPv4 address, or the /64 network of its IPv6
     * address (one subscriber holds a whole /64, and would otherwise get a fresh bucket per address).
     */
    static String client(String remoteAddress) {
        String address = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a text with ':' is read as an IPv6 literal, never looked up
            byte[] bytes = java.net.InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }

    /** A refusal for this form, or empty when it may be handled. */
    public Optional<Reply> form(WebRequest request) {
        String key = "form:" + client(request.remoteAddress());
        if (!forms.tryAcquire(key)) {
            return Optional.of(pages.tooMany(request, forms.retryAfterSeconds(key)));
        }
        if (!pages.csrf().verify(request)) {
            return Optional.of(pages.page(403, request));
        }
        return Optional.empty();
    }

    /** A refusal for a personal link or an unsubscribe link tried too often from one address. */
    public Optional<Reply> link(WebRequest request) {
        String key = "link:" + client(request.remoteAddress());
        if (!links.tryAcquire(key)) {
            return Optional.of(pages.tooMany(request, links.retryAfterSeconds(key)));
        }
        return Optional.empty();
    }

    /** A refusal for a form sent from a personal link's page: the links' rate (429), then the form token (403). */
    public Optional<Reply> linkForm(WebRequest request) {
        Optional<Reply> refused = link(request);
        if (refused.isPresent() || pages.csrf().verify(request)) {
            return refused;
        }
        return Optional.of(pages.page(403, request));
    }

    /** Whether a robot filled the field people never see. */
    public static boolean isRobot(WebRequest request) {
        return request.form(HONEYPOT).map(value -> !value.isBlank()).orElse(false);
    }
}
