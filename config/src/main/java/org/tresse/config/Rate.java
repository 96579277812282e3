package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.config.internal.DurationText;
import org.tresse.config.internal.InvalidField;

/**
 * A sending rate: at most {@code permits} messages per {@code period}. Written {@code 30/s},
 * {@code 20/min}, {@code 3600/h}, {@code 100/d}, or with a duration: {@code 5/10s}.
 */
public record Rate(int permits, Duration period) {
    private static final Pattern RATE = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\S+)");

    public Rate {
        Objects.requireNonNull(period, "period");
        if (permits <= 0 || period.isZero() || period.isNegative()) {
            throw new InvalidField("", said("config.rate.debit.doit.autoriser"));
        }
    }

    /**
     * Reads {@code 30/s}, {@code 1/s}, {@code 20/min}, {@code 3600/h}, {@code 100/d}, {@code 5/10s}.
     *
     * @throws IllegalArgumentException saying in French and English how to write it
     */
    public static Rate parse(String text) {
        Matcher matcher = RATE.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw invalid(text);
        }
        int permits = Integer.parseInt(matcher.group(1));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        Duration period = switch (unit) {
            case "s", "sec", "seconde", "second" -> Duration.ofSeconds(1);
            case "m", "min", "minute" -> Duration.ofMinutes(1);
            case "h", "heure", "hour" -> Duration.ofHours(1);
            case "d", "j", "jour", "day" -> Duration.ofDays(1);
            default -> periodOf(unit, text);
        };
        return new Rate(permits, period);
    }

    private static Duration periodOf(String unit, String text) {
        try {
            return DurationText.parse(unit);
        } catch (InvalidField e) {
            throw invalid(text);
        }
    }

    private static InvalidField invalid(String text) {
        return new InvalidField("", said("config.rate.debit.ecrivez.nombre", text));
    }

    /** The time between two messages at this rate. */
    public Duration interval() {
        return period.dividedBy(permits);
    }

    /** The text {@link #parse} reads back: {@code 30/s}, {@code 20/min}, {@code 5/10s}. */
    @Override
    public String toString() {
        String unit = switch (DurationText.format(period)) {
            case "1s" -> "s";
            case "1m" -> "min";
            case "1h" -> "h";
            case "1d" -> "d";
            default -> DurationText.format(period);
        };
        return permits + "/" + unit;
    }
}
