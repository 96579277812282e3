package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;

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
            throw new InvalidField("", said("config.duree.duree.ecrivez.nombre", text));
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero()) {
            throw new InvalidField("", said("config.duree.duree.nulle.sens"));
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
