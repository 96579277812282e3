package org.tresse.core.poll;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many persons must vote for a result to count: a number, or a percentage of eligible voters. */
public record Quorum(int value, boolean percent) {
    private static final Pattern FORM = Pattern.compile("^\\s*(\\d{1,6})\\s*(%?)\\s*$");

    public Quorum {
        if (value < 1 || (percent && value > 100)) {
            throw new IllegalArgumentException("quorum out of range: " + value);
        }
    }

    /** {@code 12}, {@code 25%} or {@code 25 %}; empty if it is neither, or out of range. */
    public static Optional<Quorum> parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int value = Integer.parseInt(matcher.group(1));
        boolean percent = !matcher.group(2).isEmpty();
        if (value < 1 || (percent && value > 100)) {
            return Optional.empty();
        }
        return Optional.of(new Quorum(value, percent));
    }

    /** The number of voters needed out of {@code eligible}. */
    public int required(int eligible) {
        if (!percent) {
            return value;
        }
        return (int) ((eligible * (long) value + 99) / 100);
    }

    @Override
    public String toString() {
        return percent ? value + " %" : String.valueOf(value);
    }
}
