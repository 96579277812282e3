package org.tresse.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.CalendarWords;
import org.tresse.core.text.Folding;

/**
 * A day and an hour as people write them for an event or a date to choose, in the association's
 * time zone: {@code samedi 10h}, {@code mardi 5 mars 20h}, {@code 5 mars 20h30}, {@code 05/03 20h},
 * {@code 2024-03-05 20:00}, {@code demain 18h}, {@code sunday 8pm}. The hour is required. A day
 * and month with no year is this year's, or next year's when it is long past. Refusals, with the
 * words as typed: {@code quand.illisible}, {@code quand.heure.manquante}, {@code quand.jour.inexistant}
 * ("31 février"), {@code quand.jour.semaine} (a weekday that is not that date's), {@code quand.passe},
 * {@code quand.trop.loin}.
 */
public final class When {
    /** The texts of these refusals and of the calendar's words for events. */
    public static final String BUNDLE = "org.tresse.core.calendar.texts";
    /** The furthest an event may be planned. */
    public static final Duration MAX_AHEAD = Duration.ofDays(2 * 366);
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?$");
    private static final Pattern HOUR = Pattern.compile("^(\\d{1,2})(?:(h|:)(\\d{2})?)?(am|pm)?$");
    private static final Pattern DURATION = Pattern.compile("^(\\d{1,4})\\s*(\\p{L}+)?(?:\\s*(\\d{1,2}))?$");

    private When() {}

    /** The date and time {@code text} means, said at {@code now}; refused if unreadable, impossible, past or too far. */
    public static LocalDateTime read(String text, Instant now, ZoneId zone) {
        LocalDateTime at = parse(text, now, zone);
        Instant instant = at.atZone(zone).toInstant();
        if (!instant.isAfter(now)) {
            throw new UserError("quand.passe", text.strip());
        }
        if (instant.isAfter(now.plus(MAX_AHEAD))) {
            throw new UserError("quand.trop.loin", text.strip());
        }
        return at;
    }

    /** Whether {@code text} reads as a day and an hour, past or not. */
    public static boolean understands(String text, Instant now, ZoneId zone) {
        try {
            parse(text, now, zone);
            return true;
        } catch (UserError unreadable) {
            return false;
        }
    }

    /** The date and time {@code text} means, past or not; refused if unreadable or impossible. */
    public static LocalDateTime parse(String text, Instant now, ZoneId zone) {
        List<String> words = words(text);
        ZonedDateTime today = now.atZone(zone);
        Optional<LocalTime> time = words.isEmpty() ? Optional.empty() : time(words.get(words.size() - 1));
        if (time.isPresent()) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            if (time.isEmpty()) {
                throw new UserError("quand.illisible", text.strip());
            }
            LocalDateTime candidate = today.toLocalDate().atTime(time.get());
            return candidate.isAfter(today.toLocalDateTime()) ? candidate : candidate.plusDays(1);
        }
        LocalDate date = date(words, text.strip(), today, time.orElse(LocalTime.MAX))
                .orElseThrow(() -> new UserError("quand.illisible", text.strip()));
        if (time.isEmpty()) {
            throw new UserError("quand.heure.manquante", text.strip());
        }
        return date.atTime(time.get());
    }

    /**
     * A day with no hour: {@code 30 juin}, {@code 2024-06-30}, {@code 02/04}, {@code mardi 2 avril},
     * {@code demain}; a weekday alone is the next one after today. Past or not.
     */
    public static LocalDate day(String text, Instant now, ZoneId zone) {
        List<String> words = words(text);
        if (words.isEmpty() || time(words.get(words.size() - 1)).isPresent()) {
            throw new UserError("quand.illisible", text.strip());
        }
        return date(words, text.strip(), now.atZone(zone), LocalTime.MIN)
                .orElseThrow(() -> new UserError("quand.illisible", text.strip()));
    }

    /** A time of day: {@code 20h}, {@code 20h30}, {@code 20:30}, {@code 8pm}, {@code midi}. */
    public static Optional<LocalTime> time(String word) {
        String folded = Folding.fold(word);
        if (CalendarWords.is("midi", folded)) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher matcher = HOUR.matcher(folded);
        if (!matcher.matches() || (matcher.group(2) == null && matcher.group(4) == null)) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        if (matcher.group(4) != null) {
            if (hour < 1 || hour > 12 || ":".equals(matcher.group(2)) && matcher.group(3) == null) {
                return Optional.empty();
            }
            hour = hour % 12 + (matcher.group(4).equals("pm") ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }

    /** A length of time: {@code 2h}, {@code 1h30}, {@code 90min}, {@code 45 min}, {@code 2j}, {@code 1 jour}; empty otherwise. */
    public static Optional<Duration> duration(String text) {
        Matcher matcher = DURATION.matcher(Folding.fold(text));
        if (!matcher.matches() || matcher.group(2) == null) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        Optional<java.time.temporal.ChronoUnit> unit = CalendarWords.unit(matcher.group(2));
        if (unit.isEmpty() || amount == 0) {
            return Optional.empty();
        }
        Duration duration = unit.get().getDuration().multipliedBy(amount);
        if (matcher.group(3) != null) {
            int minutes = Integer.parseInt(matcher.group(3));
            if (unit.get() != java.time.temporal.ChronoUnit.HOURS || minutes > 59) {
                return Optional.empty();
            }
            duration = duration.plusMinutes(minutes);
        }
        return Optional.of(duration);
    }

    /** The folded words of a date, fillers ({@code à}, {@code le}…) left out, {@code 20 h 30} joined as {@code 20h30}. */
    static List<String> words(String text) {
        String folded = Folding.fold(text).replace(',', ' ')
                .replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})t(\\d)", "$1 $2")
                .replaceAll("\\b(\\d{1,2})\\s+h\\b", "$1h")
                .replaceAll("\\b(\\d{1,2}h)\\s+(\\d{2})\\b", "$1$2")
                .replaceAll("\\s+(am|pm)\\b", "$1");
        List<String> words = new ArrayList<>(Arrays.asList(folded.split("\\s+")));
        words.removeIf(word -> word.isEmpty() || CalendarWords.isFiller(word));
        return words;
    }

    private static Optional<LocalDate> date(List<String> words, String typed, ZonedDateTime now, LocalTime time) {
        LocalDate today = now.toLocalDate();
        Optional<LocalDate> relative = CalendarWords.relativeDay(String.join(" ", words), today);
        if (relative.isPresent()) {
            return relative;
        }
        Optional<DayOfWeek> weekday = CalendarWords.dayOfWeek(words.get(0));
        if (weekday.isPresent() && words.size() == 1) {
            LocalDate candidate = today.plusDays((weekday.get().getValue() - today.getDayOfWeek().getValue() + 7) % 7);
            return Optional.of(candidate.atTime(time).isAfter(now.toLocalDateTime()) ? candidate : candidate.plusWeeks(1));
        }
        List<String> rest = weekday.isPresent() ? words.subList(1, words.size()) : words;
        Optional<LocalDate> date = calendarDate(rest, typed, today);
        if (date.isPresent() && weekday.isPresent() && date.get().getDayOfWeek() != weekday.get()) {
            throw new UserError("quand.jour.semaine", typed, words.get(0), String.join(" ", rest));
        }
        return date;
    }

    private static Optional<LocalDate> calendarDate(List<String> words, String typed, LocalDate today) {
        if (words.size() == 1) {
            Matcher iso = ISO.matcher(words.get(0));
            if (iso.matches()) {
                return Optional.of(day(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                        typed));
            }
            Matcher dayMonth = DAY_MONTH.matcher(words.get(0));
            if (dayMonth.matches()) {
                return Optional.of(withYear(Integer.parseInt(dayMonth.group(1)), Integer.parseInt(dayMonth.group(2)), dayMonth.group(3),
                        today, typed));
            }
            return Optional.empty();
        }
        if ((words.size() == 2 || words.size() == 3) && words.get(0).matches("\\d{1,2}|1er")) {
            int month = CalendarWords.month(words.get(1));
            if (month > 0 && (words.size() == 2 || words.get(2).matches("\\d{4}"))) {
                int day = words.get(0).equals("1er") ? 1 : Integer.parseInt(words.get(0));
                return Optional.of(withYear(day, month, words.size() == 3 ? words.get(2) : null, today, typed));
            }
        }
        return Optional.empty();
    }

    /** A day and month with no year: this year's, or next year's when it is more than 60 days past. */
    private static LocalDate withYear(int day, int month, String year, LocalDate today, String typed) {
        if (year != null) {
            int value = Integer.parseInt(year);
            return day(year.length() == 2 ? 2000 + value : value, month, day, typed);
        }
        LocalDate candidate = day(today.getYear(), month, day, typed);
        return candidate.isBefore(today.minusDays(60)) ? day(today.getYear() + 1, month, day, typed) : candidate;
    }

    private static LocalDate day(int year, int month, int day, String typed) {
        if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) {
            throw new UserError("quand.illisible", typed);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day > length) {
            throw new UserError("quand.jour.inexistant", typed, length, year);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            throw new UserError("quand.illisible", typed);
        }
    }
}
