package org.tresse.core.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as an export writes them for people: in the association's time zone, {@code 2024-03-02 10:00}. */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {}

    /** The local date and time, or null for none. */
    public static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(instant.atZone(zone));
    }
}
