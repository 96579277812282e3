package org.tresse.config;

import java.time.ZoneId;
import java.util.Locale;
import org.tresse.config.internal.Checks;

/**
 * Who the bot works for.
 *
 * @param name     the association's name, required when the section is written
 * @param language the default language of messages, {@code fr} unless told
 * @param timezone for deadlines and schedules, {@code Europe/Paris} unless told
 */
public record AssociationSettings(String name, Language language, ZoneId timezone) {
    public static final String DEFAULT_NAME = "Tresse";
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/Paris");

    public AssociationSettings {
        name = Checks.required(name, "name", "name: La Tresse");
        language = language == null ? Language.FR : language;
        timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
    }

    public static AssociationSettings defaults() {
        return new AssociationSettings(DEFAULT_NAME, null, null);
    }

    /** The languages a configuration may choose; written {@code fr} or {@code en}. */
    public enum Language {
        FR, EN;

        /** {@code fr} or {@code en}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
