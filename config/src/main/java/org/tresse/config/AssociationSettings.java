package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.time.ZoneId;
import java.util.Locale;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Who the bot works for.
 *
 * @param name     the association's name, required when the section is written
 * @param language the default language of messages, {@code fr} unless told
 * @param timezone for deadlines and schedules, {@code Europe/Paris} unless told
 * @param description  a few sentences on the home page: what the association is; may be null
 * @param logo         a PNG, JPEG, WebP or SVG file shown on pages and printed matter; may be null
 * @param colors       the charte graphique
 * @param legal        what the mentions légales say
 */
public record AssociationSettings(String name, Language language, ZoneId timezone, String description, String logo,
        ColorSettings colors, LegalSettings legal) {
    public static final String DEFAULT_NAME = "Tresse";
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/Paris");

    public AssociationSettings {
        name = Checks.required(name, "name", "name: La Tresse");
        language = language == null ? Language.FR : language;
        timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
        description = Checks.trimToNull(description);
        logo = Checks.trimToNull(logo);
        if (logo != null && !logo.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|webp|svg)")) {
            throw new InvalidField("logo", said("config.association.semble.etre.image", logo));
        }
        colors = colors == null ? ColorSettings.defaults() : colors;
        legal = legal == null ? LegalSettings.defaults() : legal;
    }

    /** The name, language and time zone alone; the rest takes its defaults. */
    public AssociationSettings(String name, Language language, ZoneId timezone) {
        this(name, language, timezone, null, null, null, null);
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
