package org.tresse.commands.decision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.i18n.CalendarWords;
import org.tresse.core.text.Folding;

/**
 * A day as people write it for the register: {@code 2024-03-01}, {@code 01/03/2024},
 * {@code 1/3/24}, {@code 01/03}, {@code 1 mars 2024}, {@code hier}, {@code aujourd'hui}. A day
 * with no year is taken in the past year when it would otherwise be in the future.
 */
public final class DayWords {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?$");
    private static final Pattern WORDS = Pattern.compile("^(\\d{1,2})(?:er)? (\\p{L}+)(?: (\\d{4}))?$");

    private DayWords() {}

    public static Optional<LocalDate> parse(String text, LocalDate today) {
        String words = Folding.fold(text);
        if (CalendarWords.is("aujourdhui", words)) {
            return Optional.of(today);
        }
        if (CalendarWords.is("hier", words)) {
            return Optional.of(today.minusDays(1));
        }
        if (CalendarWords.is("avant.hier", words)) {
            return Optional.of(today.minusDays(2));
        }
        try {
            Matcher iso = ISO.matcher(words);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
            Matcher numeric = NUMERIC.matcher(words);
            if (numeric.matches()) {
                return Optional.of(day(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)), numeric.group(3), today));
            }
            Matcher named = WORDS.matcher(words);
            if (named.matches()) {
                int month = CalendarWords.month(named.group(2));
                return month == 0 ? Optional.empty() : Optional.of(day(Integer.parseInt(named.group(1)), month, named.group(3), today));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate day(int day, int month, String year, LocalDate today) {
        if (year != null) {
            int value = Integer.parseInt(year);
            return LocalDate.of(year.length() == 2 ? 2000 + value : value, month, day);
        }
        LocalDate candidate = LocalDate.of(today.getYear(), month, day);
        return candidate.isAfter(today) ? candidate.minusYears(1) : candidate;
    }
}
