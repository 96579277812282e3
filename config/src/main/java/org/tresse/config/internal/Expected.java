package org.tresse.config.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.tresse.config.Rate;

/** What a field expects, said for a volunteer. */
record Expected(String french, String english) {
    static Expected of(Class<?> type) {
        if (type == null) {
            return new Expected("une autre forme de valeur", "another kind of value");
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Expected("true ou false (sans guillemets)", "true or false (without quotes)");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new Expected("un nombre entier, sans guillemets ni espaces (par exemple 8443)",
                    "a whole number, without quotes or spaces (for example 8443)");
        }
        if (type == String.class) {
            return new Expected("un simple texte, pas une liste ni une section", "a plain text, not a list or a section");
        }
        if (type == Rate.class) {
            return new Expected("un débit comme 30/s ou 20/min", "a rate such as 30/s or 20/min");
        }
        if (type == Duration.class) {
            return new Expected("une durée comme 15m, 24h ou 7d", "a duration such as 15m, 24h or 7d");
        }
        if (type == ZoneId.class) {
            return new Expected("un fuseau horaire comme Europe/Paris", "a time zone such as Europe/Paris");
        }
        if (type.isEnum()) {
            String codes = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ConfigValues.code((Enum<?>) constant))
                    .collect(Collectors.joining(", "));
            return new Expected("l'une de ces valeurs : " + codes, "one of these values: " + codes);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new Expected("une liste : une ligne « - élément » par élément, ou [a, b]",
                    "a list: one \"- item\" line per item, or [a, b]");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return new Expected("une section : des lignes « clé: valeur » en retrait sous ce champ",
                    "a section: indented \"key: value\" lines under this field");
        }
        return new Expected("une autre forme de valeur", "another kind of value");
    }
}
