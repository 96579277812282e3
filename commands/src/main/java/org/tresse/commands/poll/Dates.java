package org.tresse.commands.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tresse.core.i18n.Texts;

/** Dates as people read them: in the association's zone, in their language. */
public final class Dates {
    private Dates() {}

    /** "dimanche 3 mars 2024 à 20:00" / "Sunday 3 March 2024 at 20:00". */
    public static String dateTime(Texts texts, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(texts.get("sondage.format.date.heure"), texts.language().locale()).format(instant.atZone(zone));
    }

    /** "dimanche 3 mars 2024" / "Sunday 3 March 2024". */
    public static String date(Texts texts, LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get("sondage.format.date"), texts.language().locale()).format(date);
    }
}
