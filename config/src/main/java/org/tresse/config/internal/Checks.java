package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** Small checks shared by the configuration records. */
public final class Checks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A mailbox whose domain may have no dot: {@code bot@localhost} on a test server. */
    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]+@[^@\\s.]([^@\\s]*[^@\\s.])?");

    private Checks() {}

    /** The text trimmed, or null when it is null or blank. */
    public static String trimToNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.trim();
    }

    /** The text trimmed; throws naming {@code field} and an example when it is missing. */
    public static String required(String text, String field, String example) {
        String value = trimToNull(text);
        if (value == null) {
            throw new InvalidField(field, said("config.checks.champ.obligatoire.ecrivez", example));
        }
        return value;
    }

    /** An object that must be present, e.g. a sub-section. */
    public static <T> T requiredSection(T value, String field, String example) {
        if (value == null) {
            throw new InvalidField(field, said("config.checks.section.obligatoire.ecrivez", example));
        }
        return value;
    }

    /** An unmodifiable copy, empty for null; an empty item (a lone "-") is an error. */
    public static <T> List<T> list(List<T> items, String field) {
        if (items == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidField(field + "[" + i + "]", said("config.checks.element.liste.vide"));
            }
            copy.add(items.get(i));
        }
        return Collections.unmodifiableList(copy);
    }

    /** An http(s) address, without a trailing slash. */
    public static String httpUrl(String text, String field, String example) {
        String value = required(text, field, field + ": " + example);
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new InvalidField(field, said("config.checks.adresse.web.ecrivez", value, field, example));
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** An email address, or null when absent. */
    public static String optionalEmail(String text, String field) {
        String value = trimToNull(text);
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new InvalidField(field, said("config.checks.adresse.mail.ecrivez", value, field));
        }
        return value;
    }

    /** An email address whose domain may lack a dot (a local test server), or null when absent. */
    public static String optionalMailbox(String text, String field) {
        String value = trimToNull(text);
        if (value != null && !MAILBOX.matcher(value).matches()) {
            return optionalEmail(value, field);
        }
        return value;
    }

    /** A TCP port, 0 meaning "the default". */
    public static int port(int port, String field) {
        if (port < 0 || port > 65535) {
            throw new InvalidField(field, said("config.checks.port.existe.faut", port, field));
        }
        return port;
    }

    /** What toString shows for a secret: never the secret itself. */
    public static String mask(String secret) {
        return secret == null ? "null" : "***";
    }
}
