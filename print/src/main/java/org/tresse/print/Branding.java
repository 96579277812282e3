package org.tresse.print;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The association's identity on paper (its charte graphique): its name, its logo and two colours.
 * The app maps it from the configuration.
 *
 * @param logo    a PNG, JPEG or SVG file; checked each time a document is made
 * @param primary headings and bars, {@code #RRGGBB}; keep it dark enough to read on white
 * @param accent  rules and highlights, {@code #RRGGBB}
 */
public record Branding(String name, Optional<Path> logo, String primary, String accent) {
    public static final String DEFAULT_PRIMARY = "#234f45";
    public static final String DEFAULT_ACCENT = "#b5532f";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Branding {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the association's name is empty");
        }
        name = name.strip();
        logo = logo == null ? Optional.empty() : logo;
        primary = colour(primary, DEFAULT_PRIMARY);
        accent = colour(accent, DEFAULT_ACCENT);
    }

    /** The association's name, no logo, Tresse's colours. */
    public static Branding named(String name) {
        return new Branding(name, Optional.empty(), null, null);
    }

    public Branding withLogo(Path file) {
        return new Branding(name, Optional.of(file), primary, accent);
    }

    private static String colour(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!COLOUR.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("a colour is written #RRGGBB, got " + value);
        }
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
