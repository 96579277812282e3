package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;

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
            throw problem(field, "", said("config.identite.manquante"));
        }
        int colon = value.indexOf(':');
        String channel = colon < 0 ? "" : value.substring(0, colon);
        String id = colon < 0 ? "" : value.substring(colon + 1);
        if (colon <= 0 || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw problem(field, value, said("config.identite.forme"));
        }
        if (!CHANNELS.contains(channel)) {
            throw problem(field, value, said("config.identite.canal.inconnu", channel, String.join(", ", CHANNELS)));
        }
        if (channel.equals("telegram") && !TELEGRAM_ID.matcher(id).matches()) {
            throw problem(field, value, said("config.identite.telegram.nombre"));
        }
        return value;
    }

    private static InvalidField problem(String field, String value, Said what) {
        Said shown = value.isEmpty() ? Said.NOTHING : said("config.identite.valeur", value);
        return new InvalidField(field, shown.then(what).then(said("config.identite.exemples")));
    }
}
