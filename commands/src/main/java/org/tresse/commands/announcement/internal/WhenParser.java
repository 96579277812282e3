package org.tresse.commands.announcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date and time as volunteers type them, in the association's time zone:
 * {@code 2024-03-10 09:00}, {@code 2024-03-10T09:00}, {@code 10/03/2024 09:00}, {@code 10/03/2024 9h},
 * or a day alone ({@code 2024-03-10}: at 09:00).
 */
public final class WhenParser {
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-MM-dd HH:mm"),
            strict("uuuu-MM-dd'T'HH:mm"),
            strict("uuuu-MM-dd H:mm"),
            strict("d/M/uuuu H:mm"),
            strict("d/M/uuuu H'h'mm"),
            strict("d/M/uuuu H'h'"),
            strict("uuuu-MM-dd H'h'mm"),
            strict("uuuu-MM-dd H'h'"));
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("uuuu-MM-dd"),
            strict("d/M/uuuu"));

    private WhenParser() {}

    /** No 30 February turned into 29: a date that does not exist is refused. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<Instant> parse(String text, ZoneId zone) {
        String value = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format).atTime(DEFAULT_TIME).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
