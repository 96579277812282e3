package org.tresse.config.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Checks identities written {@code channel:id}, as in {@code telegram:123456}. */
public final class Identities {
    /** The channels Tresse knows, in the order the documentation lists them. */
    public static final List<String> CHANNELS = List.of("console", "telegram", "matrix", "email");

    private static final Pattern TELEGRAM_ID = Pattern.compile("-?\\d+");

    private Identities() {}

    /** The identity trimmed; throws naming {@code field} when it is not {@code channel:id}. */
    public static String check(String identity, String field) {
        String value = Checks.trimToNull(identity);
        if (value == null) {
            throw problem(field, "", "il manque l'identité.", "the identity is missing.");
        }
        int colon = value.indexOf(':');
        String channel = colon < 0 ? "" : value.substring(0, colon);
        String id = colon < 0 ? "" : value.substring(colon + 1);
        if (colon <= 0 || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw problem(field, value,
                    "une identité s'écrit « canal:identifiant ».",
                    "an identity is written \"channel:id\".");
        }
        if (!CHANNELS.contains(channel)) {
            throw problem(field, value,
                    "le canal « " + channel + " » est inconnu ; les canaux sont " + String.join(", ", CHANNELS) + ".",
                    "channel \"" + channel + "\" is unknown; the channels are " + String.join(", ", CHANNELS) + ".");
        }
        if (channel.equals("telegram") && !TELEGRAM_ID.matcher(id).matches()) {
            throw problem(field, value,
                    "sur Telegram l'identifiant est un nombre (celui que donne /moi), pas un pseudo.",
                    "on Telegram the id is a number (the one /whoami shows), not a username.");
        }
        return value;
    }

    private static InvalidField problem(String field, String value, String french, String english) {
        String shown = value.isEmpty() ? "" : "« " + value + " » : ";
        String shownEn = value.isEmpty() ? "" : "\"" + value + "\": ";
        return new InvalidField(field,
                shown + french + " Exemples : telegram:123456, matrix:@ana:example.org, "
                        + "email:ana@example.org, console:ana.",
                shownEn + english + " Examples: telegram:123456, matrix:@ana:example.org, "
                        + "email:ana@example.org, console:ana.");
    }
}
