package org.tresse.core.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an event repeats: the subset of RFC 5545's RRULE that people say — every n days or weeks
 * (on a weekday), every n months on the same day or on the first… fifth or last weekday. Months
 * without a fifth Tuesday, or without a 31st, are skipped, as RFC 5545 says. Occurrences are local
 * date-times: 20:00 stays 20:00 across summer time.
 *
 * @param weekday for a weekly rule, the day (the first date's when empty); for a monthly rule with
 *                an {@code ordinal}, the weekday counted
 * @param ordinal for a monthly rule: 1 to 5 (the first… fifth such weekday), -1 (the last), or 0 (the
 *                first date's day of the month)
 * @param until   the last day an occurrence may fall on, included
 */
public record Recurrence(Frequency frequency, int interval, Optional<DayOfWeek> weekday, int ordinal, Optional<LocalDate> until) {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** Never list more than this many occurrences at once. */
    public static final int MAX_LISTED = 500;

    /** How often: the unit the interval counts. */
    public enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY
    }

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1 || interval > 99) {
            throw new IllegalArgumentException("interval out of range: " + interval);
        }
        if (ordinal != 0 && (frequency != Frequency.MONTHLY || weekday.isEmpty() || ordinal < -1 || ordinal > 5)) {
            throw new IllegalArgumentException("an ordinal needs a monthly rule and a weekday: " + ordinal);
        }
    }

    /** The same rule ending on {@code last}. */
    public Recurrence until(LocalDate last) {
        return new Recurrence(frequency, interval, weekday, ordinal, Optional.of(last));
    }

    /** A weekly rule's weekday taken from its first date when it had none. */
    public Recurrence anchoredTo(LocalDate first) {
        if (frequency == Frequency.WEEKLY && weekday.isEmpty()) {
            return new Recurrence(frequency, interval, Optional.of(first.getDayOfWeek()), ordinal, until);
        }
        return this;
    }

    /** The first day on or after {@code day} the rule can fall on (an event's first date is one). */
    public LocalDate firstOnOrAfter(LocalDate day) {
        if (frequency == Frequency.WEEKLY && weekday.isPresent()) {
            return day.with(TemporalAdjusters.nextOrSame(weekday.get()));
        }
        if (frequency == Frequency.MONTHLY && ordinal != 0) {
            YearMonth month = YearMonth.from(day);
            for (int ahead = 0; ahead < 24; ahead++) {
                Optional<LocalDate> candidate = inMonth(month.plusMonths(ahead));
                if (candidate.isPresent() && !candidate.get().isBefore(day)) {
                    return candidate.get();
                }
            }
        }
        return day;
    }

    /**
     * The occurrences of a rule first falling on {@code first}, whose day is in [{@code from},
     * {@code to}], in order; at most {@link #MAX_LISTED}.
     */
    public List<LocalDateTime> between(LocalDateTime first, LocalDate from, LocalDate to) {
        List<LocalDateTime> dates = new ArrayList<>();
        LocalDate last = until.filter(end -> end.isBefore(to)).orElse(to);
        LocalDate start = first.toLocalDate();
        if (last.isBefore(from) || last.isBefore(start)) {
            return dates;
        }
        if (frequency == Frequency.MONTHLY) {
            YearMonth firstMonth = YearMonth.from(start);
            long skip = Math.max(0, ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(from)) / interval - 1);
            for (YearMonth month = firstMonth.plusMonths(skip * interval); !month.atDay(1).isAfter(last); month = month.plusMonths(interval)) {
                Optional<LocalDate> day = ordinal == 0 ? dayOfMonth(month, start.getDayOfMonth()) : inMonth(month);
                day.filter(date -> !date.isBefore(from) && !date.isBefore(start) && !date.isAfter(last))
                        .ifPresent(date -> dates.add(date.atTime(first.toLocalTime())));
                if (dates.size() >= MAX_LISTED) {
                    break;
                }
            }
            return dates;
        }
        long step = frequency == Frequency.WEEKLY ? 7L * interval : interval;
        long skip = Math.max(0, ChronoUnit.DAYS.between(start, from) / step);
        for (LocalDate day = start.plusDays(skip * step); !day.isAfter(last) && dates.size() < MAX_LISTED; day = day.plusDays(step)) {
            if (!day.isBefore(from)) {
                dates.add(day.atTime(first.toLocalTime()));
            }
        }
        return dates;
    }

    /** Whether the rule, first falling on {@code first}, falls on {@code day}. */
    public boolean fallsOn(LocalDateTime first, LocalDate day) {
        return !between(first, day, day).isEmpty();
    }

    private Optional<LocalDate> inMonth(YearMonth month) {
        DayOfWeek day = weekday.orElseThrow();
        if (ordinal == -1) {
            return Optional.of(month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day)));
        }
        LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
        return YearMonth.from(date).equals(month) ? Optional.of(date) : Optional.empty();
    }

    private static Optional<LocalDate> dayOfMonth(YearMonth month, int day) {
        return day <= month.lengthOfMonth() ? Optional.of(month.atDay(day)) : Optional.empty();
    }

    /**
     * The rule as RFC 5545 writes it, without {@code UNTIL} (whose form depends on the event's
     * start: the calendar writer adds it): {@code FREQ=MONTHLY;BYDAY=1TU}, {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU}.
     */
    public String rrule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency.name());
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        weekday.ifPresent(day -> rule.append(";BYDAY=").append(ordinal == 0 ? "" : String.valueOf(ordinal)).append(code(day)));
        return rule.toString();
    }

    /** How it is stored: the RRULE, with {@code UNTIL} as the last day ({@code UNTIL=20240630}). */
    public String stored() {
        return rrule() + until.map(day -> ";UNTIL=" + BASIC.format(day)).orElse("");
    }

    /** Reads {@link #stored()} back. */
    public static Recurrence parse(String stored) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : stored.split(";")) {
            int equals = part.indexOf('=');
            parts.put(part.substring(0, equals), part.substring(equals + 1));
        }
        Frequency frequency = Frequency.valueOf(parts.get("FREQ"));
        int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        Optional<DayOfWeek> weekday = Optional.empty();
        int ordinal = 0;
        String byDay = parts.get("BYDAY");
        if (byDay != null) {
            weekday = Optional.of(day(byDay.substring(byDay.length() - 2)));
            String number = byDay.substring(0, byDay.length() - 2);
            ordinal = number.isEmpty() ? 0 : Integer.parseInt(number);
        }
        Optional<LocalDate> until = Optional.ofNullable(parts.get("UNTIL")).map(day -> LocalDate.parse(day, BASIC));
        return new Recurrence(frequency, interval, weekday, ordinal, until);
    }

    /** RFC 5545's two letters for a weekday: {@code MO}, {@code TU}… */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new IllegalArgumentException("no weekday " + code);
    }
}
