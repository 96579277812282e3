package org.tresse.config.internal;

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
            String hint = suggestion == null ? "" : " Vouliez-vous dire " + suggestion + " ?";
            String hintEn = suggestion == null ? "" : " Did you mean " + suggestion + "?";
            throw new InvalidField("",
                    "« " + value + " » n'est pas un fuseau horaire connu." + hint
                            + " Écrivez un nom comme Europe/Paris, Europe/Brussels, Europe/Zurich ou America/Montreal.",
                    "\"" + value + "\" is not a known time zone." + hintEn
                            + " Write a name such as Europe/Paris, Europe/Brussels, Europe/Zurich or America/Montreal.");
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
        throw new InvalidField("",
                "« " + text.trim() + " » n'est pas une valeur possible ici. Écrivez l'une de : "
                        + String.join(", ", codes) + ".",
                "\"" + text.trim() + "\" is not a possible value here. Write one of: " + String.join(", ", codes) + ".");
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
