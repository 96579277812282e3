package org.tresse.core.event;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.CalendarWords;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.text.Folding;

/**
 * Reads how an event repeats, as people say it, in every language Tresse speaks (the words are
 * {@code mots.repetition.*}, {@code mots.rang.*}, {@code mots.nombre.*} and {@code mots.periode.*}
 * of the events' bundle): "chaque premier mardi du mois à 20h", "le dernier vendredi de chaque
 * mois", "toutes les deux semaines", "tous les 15 jours", "chaque mardi jusqu'au 30 juin",
 * "every first tuesday of the month at 8pm". Anything else is refused with examples
 * ({@code repetition.incomprise}).
 */
public final class RecurrenceReader {
    private static final List<String> ORDINALS = List.of("mots.rang.1", "mots.rang.2", "mots.rang.3", "mots.rang.4", "mots.rang.5");

    private RecurrenceReader() {}

    /** What was read: the rule, and the hour if one was said ("à 20h"). */
    public record Reading(Recurrence rule, Optional<LocalTime> time) {}

    public static Reading read(String text, Instant now, ZoneId zone) {
        Vocabulary words = Vocabulary.of(Events.BUNDLE);
        List<String> tokens = new ArrayList<>(Arrays.asList(Folding.forSearch(text).split("\\s+")));
        tokens.removeIf(String::isEmpty);
        Recurrence.Frequency frequency = null;
        Integer ordinal = null;
        Integer count = null;
        DayOfWeek weekday = null;
        LocalTime time = null;
        LocalDate until = null;
        for (int index = 0; index < tokens.size(); index++) {
            String token = tokens.get(index);
            if (words.means("mots.repetition.jusqua", token)) {
                until = When.day(String.join(" ", tokens.subList(index + 1, tokens.size())), now, zone);
                break;
            }
            Optional<LocalTime> hour = When.time(token);
            Optional<DayOfWeek> day = weekday(token);
            Optional<String> rank = words.which(token, ORDINALS);
            Optional<Recurrence.Frequency> unit = unit(words, token);
            if (hour.isPresent() && time == null) {
                time = hour.get();
            } else if (rank.isPresent() && ordinal == null) {
                ordinal = ORDINALS.indexOf(rank.get()) + 1;
            } else if (words.means("mots.rang.dernier", token) && ordinal == null) {
                ordinal = -1;
            } else if (day.isPresent() && weekday == null) {
                weekday = day.get();
            } else if (unit.isPresent() && (frequency == null || frequency == unit.get())) {
                frequency = unit.get();
            } else if (count == null && number(words, token).isPresent()) {
                count = number(words, token).get();
            } else if (!words.means("mots.repetition.chaque", token) && !words.means("mots.repetition.liaison", token)
                    && !CalendarWords.isFiller(token)) {
                throw incomprehensible(text);
            }
        }
        return new Reading(rule(text, frequency, ordinal, count, weekday, until), Optional.ofNullable(time));
    }

    private static Recurrence rule(String text, Recurrence.Frequency said, Integer ordinal, Integer count, DayOfWeek weekday,
            LocalDate until) {
        int interval = count == null ? 1 : count;
        Recurrence.Frequency frequency = said;
        if (ordinal != null) {
            if (weekday == null || (said != null && said != Recurrence.Frequency.MONTHLY)) {
                throw incomprehensible(text);
            }
            frequency = Recurrence.Frequency.MONTHLY;
        } else if (weekday != null) {
            if (said != null && said != Recurrence.Frequency.WEEKLY) {
                throw incomprehensible(text);
            }
            frequency = Recurrence.Frequency.WEEKLY;
        } else if (frequency == Recurrence.Frequency.DAILY && (interval == 8 || interval == 15)) {
            // "tous les 8 jours", "tous les 15 jours": every week, every two weeks, as the words mean in French
            frequency = Recurrence.Frequency.WEEKLY;
            interval = interval == 8 ? 1 : 2;
        }
        if (frequency == null || interval < 1 || interval > 99) {
            throw incomprehensible(text);
        }
        return new Recurrence(frequency, interval, Optional.ofNullable(weekday), ordinal == null ? 0 : ordinal,
                Optional.ofNullable(until));
    }

    /** A weekday, its plural too ("mardis", "tuesdays"). */
    private static Optional<DayOfWeek> weekday(String token) {
        Optional<DayOfWeek> day = CalendarWords.dayOfWeek(token);
        if (day.isEmpty() && token.length() > 3 && token.endsWith("s")) {
            day = CalendarWords.dayOfWeek(token.substring(0, token.length() - 1));
        }
        return day;
    }

    private static Optional<Recurrence.Frequency> unit(Vocabulary words, String token) {
        return Arrays.stream(Recurrence.Frequency.values()).filter(unit -> words.means("mots.periode." + unit.name(), token)).findFirst();
    }

    private static Optional<Integer> number(Vocabulary words, String token) {
        if (token.matches("\\d{1,2}")) {
            return Optional.of(Integer.parseInt(token));
        }
        for (int value = 1; value <= 4; value++) {
            if (words.means("mots.nombre." + value, token)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static UserError incomprehensible(String text) {
        return new UserError("repetition.incomprise", text.strip());
    }
}
