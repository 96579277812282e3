package org.tresse.core.poll;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of "pour" among expressed votes (pour + contre) a proposal needs: at least
 * {@code numerator / denominator}. Written {@code 2/3}, {@code 60%} or {@code 60 %}.
 */
public record Threshold(int numerator, int denominator) {
    private static final Pattern FRACTION = Pattern.compile("^\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*$");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d{1,3})\\s*%\\s*$");

    public Threshold {
        if (denominator < 1 || numerator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("threshold out of range: " + numerator + "/" + denominator);
        }
    }

    public static Optional<Threshold> parse(String text) {
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) {
            int numerator = Integer.parseInt(fraction.group(1));
            int denominator = Integer.parseInt(fraction.group(2));
            if (denominator >= 1 && numerator >= 1 && numerator <= denominator) {
                return Optional.of(new Threshold(numerator, denominator));
            }
            return Optional.empty();
        }
        Matcher percent = PERCENT.matcher(text);
        if (percent.matches()) {
            int value = Integer.parseInt(percent.group(1));
            if (value >= 1 && value <= 100) {
                return Optional.of(new Threshold(value, 100));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code pour} out of {@code expressed} reaches the threshold; never with nothing expressed. */
    public boolean isMet(int pour, int expressed) {
        return expressed > 0 && (long) pour * denominator >= (long) numerator * expressed;
    }

    @Override
    public String toString() {
        return denominator == 100 ? numerator + " %" : numerator + "/" + denominator;
    }
}
