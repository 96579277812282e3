package org.tresse.core.poll;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.CalendarWords;
import org.tresse.core.text.Folding;

/**
 * Deadlines as people write them, in the association's time zone: {@code 2024-03-15 20:00},
 * {@code 2024-03-15T20:00}, {@code 15/03 20h}, {@code 15/03/2024 20h30}, {@code 15 mars 20h},
 * {@code dimanche 20h}, {@code sunday 8pm}, {@code demain 18h}, and durations {@code 3j},
 * {@code 3d}, {@code 48 heures}, {@code 90min}, {@code 2sem}. A date alone means its end (23:59); a
 * time alone means the next such time: in French {@code 20h}, {@code 20 h} and {@code 20h30} are
 * times of day, never durations (a duration in hours is written {@code 48 heures}). Refusals:
 * {@code echeance.illisible}, {@code echeance.heure.hors.journee} ({@code 30h}),
 * {@code echeance.passee}, {@code echeance.trop.loin} (more than a year ahead).
 */
public final class Deadlines {
    /** The furthest deadline accepted. */
    public static final Duration MAX_AHEAD = Duration.ofDays(366);
    private static final Pattern DURATION = Pattern.compile("^(\\d{1,4})\\s*(\\p{L}+)$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?$");
    private static final Pattern HOUR = Pattern.compile("^(\\d{1,2})(?:(?:h|:)(\\d{2})?)?(am|pm)?$");
    /** {@code 20h}, {@code 20 h}, {@code 20h30}, {@code 20 h 30}: a time of day, as French writes it. */
    private static final Pattern FRENCH_HOUR = Pattern.compile("(?<![\\d:])(\\d{1,3})\\s*h(?:\\s*(\\d{2}))?(?![\\p{L}\\d])");
    private Deadlines() {}

    /** A duration written {@code 3j}, {@code 3d}, {@code 24h}, {@code 90min}, {@code 2sem}. */
    public static Optional<Duration> duration(String text) {
        Matcher matcher = DURATION.matcher(normalize(text).replace(" ", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        Optional<ChronoUnit> unit = CalendarWords.unit(matcher.group(2));
        if (amount == 0 || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(unit.get().getDuration().multipliedBy(amount));
    }

    /** The deadline {@code text} means, said at {@code now}; refused if unreadable, past or too far. */
    public static Instant parse(String text, Instant now, ZoneId zone) {
        Matcher hours = FRENCH_HOUR.matcher(normalize(text));
        while (hours.find()) {
            if (Integer.parseInt(hours.group(1)) > 23) {
                throw new UserError("echeance.heure.hors.journee", text, hours.group(1));
            }
        }
        Instant deadline = read(text, now, zone).orElseThrow(() -> new UserError("echeance.illisible", text));
        if (!deadline.isAfter(now)) {
            throw new UserError("echeance.passee", text);
        }
        if (deadline.isAfter(now.plus(MAX_AHEAD))) {
            throw new UserError("echeance.trop.loin", text);
        }
        return deadline;
    }

    /** Whether {@code text} reads as a deadline, past or not (to join "dimanche" and "20h" typed apart). */
    public static boolean understands(String text, Instant now, ZoneId zone) {
        return read(text, now, zone).isPresent();
    }

    static Optional<Instant> read(String text, Instant now, ZoneId zone) {
        // "20 h 30" is one word, "20h30"; "20h" is a time of day, so it is not read as a duration
        String normalized = FRENCH_HOUR.matcher(normalize(text))
                .replaceAll(hour -> hour.group(1) + "h" + (hour.group(2) == null ? "" : hour.group(2)));
        Optional<Duration> relative = normalized.matches(".*\\d\\s*h\\d*") ? Optional.empty() : duration(normalized);
        if (relative.isPresent()) {
            return Optional.of(now.plus(relative.get()));
        }
        normalized = normalized.replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})t", "$1 ").replaceAll("\\s+(am|pm)\\b", "$1");
        List<String> words = new ArrayList<>(Arrays.asList(normalized.split("\\s+")));
        words.removeIf(word -> word.isEmpty() || CalendarWords.isFiller(word));
        ZonedDateTime today = now.atZone(zone);
        try {
            LocalTime time = null;
            if (!words.isEmpty()) {
                time = time(words.get(words.size() - 1));
                if (time != null) {
                    words.remove(words.size() - 1);
                }
            }
            if (words.isEmpty()) {
                if (time == null) {
                    return Optional.empty();
                }
                ZonedDateTime candidate = today.toLocalDate().atTime(time).atZone(zone);
                return Optional.of((candidate.isAfter(today) ? candidate : candidate.plusDays(1)).toInstant());
            }
            Optional<LocalDate> date = date(words, today, time);
            LocalTime at = time == null ? LocalTime.of(23, 59) : time;
            return date.map(day -> day.atTime(at).atZone(zone).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(List<String> words, ZonedDateTime now, LocalTime time) {
        LocalDate today = now.toLocalDate();
        Optional<LocalDate> relative = CalendarWords.relativeDay(String.join(" ", words), today);
        if (relative.isPresent()) {
            return relative;
        }
        if (words.size() == 1) {
            String word = words.get(0);
            Optional<DayOfWeek> weekday = CalendarWords.dayOfWeek(word);
            if (weekday.isPresent()) {
                DayOfWeek day = weekday.get();
                LocalDate candidate = today.plusDays((day.getValue() - today.getDayOfWeek().getValue() + 7) % 7);
                LocalTime at = time == null ? LocalTime.of(23, 59) : time;
                return Optional.of(candidate.atTime(at).isAfter(now.toLocalDateTime()) ? candidate : candidate.plusWeeks(1));
            }
            Matcher iso = ISO.matcher(word);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
            Matcher dayMonth = DAY_MONTH.matcher(word);
            if (dayMonth.matches()) {
                return Optional.of(withYear(Integer.parseInt(dayMonth.group(1)), Integer.parseInt(dayMonth.group(2)), dayMonth.group(3), today));
            }
            return Optional.empty();
        }
        if ((words.size() == 2 || words.size() == 3) && words.get(0).matches("\\d{1,2}")) {
            int month = CalendarWords.month(words.get(1));
            if (month > 0) {
                return Optional.of(withYear(Integer.parseInt(words.get(0)), month, words.size() == 3 ? words.get(2) : null, today));
            }
        }
        return Optional.empty();
    }

    /** A day and month with no year: this year, or next year if that is long past. */
    private static LocalDate withYear(int day, int month, String year, LocalDate today) {
        if (year != null) {
            int value = Integer.parseInt(year);
            return LocalDate.of(year.length() == 2 ? 2000 + value : value, month, day);
        }
        LocalDate candidate = LocalDate.of(today.getYear(), month, day);
        return candidate.isBefore(today.minusDays(60)) ? candidate.plusYears(1) : candidate;
    }

    private static LocalTime time(String word) {
        if (CalendarWords.is("midi", word)) {
            return LocalTime.NOON;
        }
        Matcher matcher = HOUR.matcher(word);
        if (!matcher.matches() || (matcher.group(2) == null && matcher.group(3) == null && !word.contains("h") && !word.contains(":"))) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private static String normalize(String text) {
        return Folding.fold(text);
    }
}
