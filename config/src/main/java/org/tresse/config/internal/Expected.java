package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.tresse.config.Rate;

/** What a field expects, said for a volunteer. */
record Expected(String french, String english) {
    Expected(Said said) {
        this(said.french(), said.english());
    }

    /** What is expected, in both languages. */
    Said both() {
        return new Said(french, english);
    }

    static Expected of(Class<?> type) {
        if (type == null) {
            return new Expected(said("config.expected.autre.forme.valeur"));
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Expected(said("config.expected.true.false.sans"));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new Expected(said("config.expected.nombre.entier.sans"));
        }
        if (type == String.class) {
            return new Expected(said("config.expected.simple.texte.liste"));
        }
        if (type == Rate.class) {
            return new Expected(said("config.expected.debit.comme.min"));
        }
        if (type == Duration.class) {
            return new Expected(said("config.expected.duree.comme.15m"));
        }
        if (type == ZoneId.class) {
            return new Expected(said("config.expected.fuseau.horaire.comme"));
        }
        if (type.isEnum()) {
            String codes = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ConfigValues.code((Enum<?>) constant))
                    .collect(Collectors.joining(", "));
            return new Expected(said("config.expected.valeurs", codes));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new Expected(said("config.expected.liste.ligne.element"));
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return new Expected(said("config.expected.section.lignes.cle"));
        }
        return new Expected(said("config.expected.autre.forme.valeur"));
    }
}
