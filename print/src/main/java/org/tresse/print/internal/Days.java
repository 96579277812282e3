package org.tresse.print.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tresse.core.i18n.Texts;

/** Dates and durations as a reader reads them, in the document's language. */
public final class Days {
    private Days() {}

    /** "1er mars 2024" / "1 March 2024". */
    public static String day(Texts texts, LocalDate day) {
        String key = day.getDayOfMonth() == 1 ? "impression.format.jour.premier" : "impression.format.jour";
        return DateTimeFormatter.ofPattern(texts.get(key), texts.language().locale()).format(day);
    }

    /** "15/03" / "15/03": short, for tables. */
    public static String shortDay(Texts texts, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(texts.get("impression.format.jour.court"), texts.language().locale()).format(instant.atZone(zone));
    }

    /** "vendredi 15 mars 2024 à 20 h 00". */
    public static String dateTime(Texts texts, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(texts.get("impression.format.date.heure"), texts.language().locale()).format(instant.atZone(zone));
    }

    /** "mars 2024". */
    public static String month(Texts texts, LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.get("impression.format.mois"), texts.language().locale()).format(day);
    }

    /** "3 j 4 h", "5 h 20 min", "12 min". */
    public static String duration(Texts texts, Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return texts.get("impression.duree.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return texts.get("impression.duree.heures", minutes / 60, minutes % 60);
        }
        return texts.get("impression.duree.jours", minutes / (24 * 60), minutes / 60 % 24);
    }
}
