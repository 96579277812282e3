package org.tresse.commands.announcement.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tresse.core.i18n.Texts;

/** Dates shown to people: in the association's zone, in the person's language. */
public final class Dates {
    private Dates() {}

    public static String dateTime(Texts texts, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(texts.get("annonce.format.date.heure"), texts.language().locale())
                .format(instant.atZone(zone));
    }
}
