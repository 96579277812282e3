package org.tresse.connector.email.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.connector.email.ReplyToken;

/** Small helpers on mail addresses. */
public final class Addresses {
    private static final Pattern TOKEN_PART = Pattern.compile("([vuab])\\.([a-z2-7]{16,32})");
    /** The tag of a return path: {@code bot+b.TOKEN@...}, where delivery failure notices come back. */
    public static final String RETURN_TAG = "b";

    private Addresses() {}

    /** The address trimmed and lower-cased, as identities and rooms use it. */
    public static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** What follows the {@code @}, or empty when there is none. */
    public static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : normalize(address.substring(at + 1));
    }

    /** {@code local+tag@domain} built from {@code base}'s local part and domain. */
    public static String plus(String base, String tag) {
        int at = base.lastIndexOf('@');
        return base.substring(0, at) + "+" + tag + base.substring(at);
    }

    /**
     * The token a recipient carries when it is {@code base} plus-addressed with {@code v.TOKEN}
     * (a ballot), {@code u.TOKEN} (unsubscribe), {@code a.TOKEN} (a button) or {@code b.TOKEN}
     * (a return path).
     */
    public static Optional<PlusToken> plusToken(String recipient, String base) {
        String address = normalize(recipient);
        int at = base.lastIndexOf('@');
        String local = base.substring(0, at);
        String domain = base.substring(at + 1);
        String prefix = local + "+";
        if (!address.startsWith(prefix) || !address.endsWith("@" + domain)) {
            return Optional.empty();
        }
        String tag = address.substring(prefix.length(), address.length() - domain.length() - 1);
        Matcher matcher = TOKEN_PART.matcher(tag);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PlusToken(matcher.group(1), matcher.group(2)));
    }

    /** True for {@code base} itself or any plus-addressed variant of it. */
    public static boolean isSelf(String address, String base) {
        String normalized = normalize(address);
        if (normalized.equals(base)) {
            return true;
        }
        int at = base.lastIndexOf('@');
        return normalized.startsWith(base.substring(0, at) + "+") && normalized.endsWith(base.substring(at));
    }

    /** A token found in a plus-address, with its tag letter. */
    public record PlusToken(String tag, String token) {
        /** The reply token kind of the tag; empty for a return path. */
        public Optional<ReplyToken.Kind> kind() {
            for (ReplyToken.Kind kind : ReplyToken.Kind.values()) {
                if (kind.tag().equals(tag)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        public boolean isReturnPath() {
            return tag.equals(RETURN_TAG);
        }
    }
}
