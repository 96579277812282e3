package org.tresse.config.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as volunteers write them: {@code 30s}, {@code 15m}, {@code 24h}, {@code 7d} (or {@code 7j}). */
public final class DurationText {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(s|m|min|h|d|j)");

    private DurationText() {}

    public static Duration parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidField("",
                    "« " + text + " » n'est pas une durée. Écrivez un nombre suivi d'une unité, sans espace : "
                            + "30s (secondes), 15m (minutes), 24h (heures), 7d ou 7j (jours).",
                    "\"" + text + "\" is not a duration. Write a number followed by a unit: "
                            + "30s (seconds), 15m (minutes), 24h (hours), 7d (days).");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero()) {
            throw new InvalidField("",
                    "une durée nulle n'a pas de sens ici. Écrivez par exemple 7d.",
                    "a zero duration makes no sense here. Write for example 7d.");
        }
        return duration;
    }

    /** The shortest text {@link #parse} reads back as the same duration. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() != 0 || seconds <= 0) {
            return duration.toString();
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
