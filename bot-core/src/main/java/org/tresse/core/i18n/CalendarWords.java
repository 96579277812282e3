package org.tresse.core.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The calendar's words, as people write them in dates and deadlines ({@code mots.jour.*},
 * {@code mots.mois.*}, {@code mots.duree.*}… in the core's bundle), in every language Tresse speaks.
 */
public final class CalendarWords {
    private static final List<ChronoUnit> UNITS = List.of(ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.WEEKS);

    private CalendarWords() {}

    private static Vocabulary words() {
        return Vocabulary.of(I18n.CORE_BUNDLE);
    }

    /** {@code lundi}, {@code mon}… */
    public static Optional<DayOfWeek> dayOfWeek(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (words().means("mots.jour." + day.name(), word)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** 1 to 12 for a month's name, its abbreviation, or its first three letters or more; 0 otherwise. */
    public static int month(String word) {
        String folded = Vocabulary.fold(word);
        for (int month = 1; month <= 12; month++) {
            for (String name : words().words("mots.mois." + month)) {
                if (name.equals(folded) || (folded.length() >= 3 && name.startsWith(folded))) {
                    return month;
                }
            }
        }
        return 0;
    }

    /** The unit a duration's word names: {@code j}, {@code jours}, {@code h}, {@code min}, {@code sem}… */
    public static Optional<ChronoUnit> unit(String word) {
        return UNITS.stream().filter(unit -> words().means("mots.duree." + unit.name(), word)).findFirst();
    }

    /** Whether the words are {@code key}'s ({@code aujourdhui}, {@code demain}, {@code hier}…, without {@code mots.}). */
    public static boolean is(String key, String words) {
        return words().means("mots." + key, words);
    }

    /** The day {@code words} name relative to {@code today}: aujourd'hui, demain, après-demain. */
    public static Optional<LocalDate> relativeDay(String words, LocalDate today) {
        if (is("aujourdhui", words)) {
            return Optional.of(today);
        }
        if (is("demain", words)) {
            return Optional.of(today.plusDays(1));
        }
        if (is("apres.demain", words)) {
            return Optional.of(today.plusDays(2));
        }
        return Optional.empty();
    }

    /** A word that only joins others in a deadline: {@code à}, {@code le}, {@code prochain}, {@code until}… */
    public static boolean isFiller(String word) {
        return words().means("mots.liaison", word);
    }
}
