package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Parsers for the scalar types of the configuration, failing with {@link InvalidField}. */
final class ConfigValues {
    private ConfigValues() {}

    static ZoneId zone(String text) {
        String value = text.trim();
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            String suggestion = ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.equalsIgnoreCase(value))
                    .findFirst()
                    .orElse(null);
            Said hint = suggestion == null ? Said.NOTHING : said("config.fuseau.suggestion", suggestion);
            throw new InvalidField("", said("config.fuseau.inconnu", value).then(hint).then(said("config.fuseau.exemples")));
        }
    }

    /** An enum constant written in lowercase with dashes: {@code long-polling} for LONG_POLLING. */
    static <E extends Enum<E>> E constant(Class<E> type, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(value)) {
                return constant;
            }
            if (constant instanceof SpokenEnum spoken && spoken.words().contains(fold(value))) {
                return constant;
            }
        }
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(ConfigValues::code).toList();
        throw new InvalidField("", said("config.valeurs.valeur.possible.ecrivez", text.trim(), String.join(", ", codes)));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
