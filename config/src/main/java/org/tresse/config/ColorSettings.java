package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import org.tresse.config.internal.Said;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tresse.config.internal.InvalidField;

/**
 * The association's colours (its charte graphique) for pages and printed matter. Each must stay
 * readable: {@code primary} carries white text and is the colour of links (contrast 4.5:1 with
 * white, WCAG AA), {@code accent} draws chart bars and borders (3:1).
 *
 * @param primary written {@code "#2f5d50"}
 * @param accent  written {@code "#b45309"}
 */
public record ColorSettings(String primary, String accent) {
    public static final String DEFAULT_PRIMARY = "#24584a";
    public static final String DEFAULT_ACCENT = "#a34a12";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public ColorSettings {
        primary = checked(primary, DEFAULT_PRIMARY, "primary", 4.5);
        accent = checked(accent, DEFAULT_ACCENT, "accent", 3.0);
    }

    public static ColorSettings defaults() {
        return new ColorSettings(null, null);
    }

    /** The contrast ratio of a colour against white, as WCAG computes it. */
    public static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int from) {
        double value = Integer.parseInt(hex.substring(from, from + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static String checked(String value, String fallback, String field, double minimum) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String color = value.strip();
        if (!HEX.matcher(color).matches()) {
            throw new InvalidField(field, said("config.color.couleur.ecrivez.hexadecimal", color, field, fallback));
        }
        double ratio = contrastWithWhite(color);
        if (ratio < minimum) {
            Said french = said("config.color.trop.claire", color, String.format(Locale.FRANCE, "%.1f", ratio),
                    String.format(Locale.FRANCE, "%.1f", minimum), fallback);
            Said english = said("config.color.trop.claire", color, String.format(Locale.ROOT, "%.1f", ratio),
                    String.format(Locale.ROOT, "%.1f", minimum), fallback);
            throw new InvalidField(field, new Said(french.french(), english.english()));
        }
        return color.toLowerCase(Locale.ROOT);
    }
}
