package org.tresse.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tresse.core.engine.UserError;

/** How events repeat, read as people say it, and checked against ical4j's own reading of the same RRULE. */
class RecurrenceTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant SATURDAY_MORNING = Instant.parse("2024-03-02T09:00:00Z");

    private static RecurrenceReader.Reading read(String text) {
        return RecurrenceReader.read(text, SATURDAY_MORNING, PARIS);
    }

    @Test
    void the_first_tuesday_of_the_month_at_8pm_keeps_its_hour_across_summer_time() {
        RecurrenceReader.Reading reading = read("chaque premier mardi du mois à 20h");
        assertThat(reading.rule().rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(reading.time()).contains(LocalTime.of(20, 0));
        LocalDateTime first = reading.rule().firstOnOrAfter(LocalDate.of(2024, 3, 2)).atTime(20, 0);
        List<LocalDateTime> dates = reading.rule().between(first, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31));
        assertThat(dates).containsExactly(LocalDateTime.of(2024, 3, 5, 20, 0), LocalDateTime.of(2024, 4, 2, 20, 0),
                LocalDateTime.of(2024, 5, 7, 20, 0));
        // summer time began on 31 March: the same 20:00 is one hour earlier in UTC
        assertThat(dates.get(0).atZone(PARIS).toInstant()).isEqualTo(Instant.parse("2024-03-05T19:00:00Z"));
        assertThat(dates.get(1).atZone(PARIS).toInstant()).isEqualTo(Instant.parse("2024-04-02T18:00:00Z"));
    }

    @Test
    void a_month_with_five_tuesdays_has_a_last_and_a_fifth_the_others_skip_the_fifth() {
        Recurrence last = read("le dernier mardi de chaque mois").rule();
        Recurrence fourth = read("chaque quatrième mardi du mois").rule();
        Recurrence fifth = read("tous les cinquièmes mardis du mois").rule();
        LocalDateTime start = LocalDateTime.of(2024, 3, 26, 20, 0);
        assertThat(last.between(start, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))).containsExactly(LocalDateTime.of(2024, 4, 30, 20, 0));
        assertThat(fourth.between(start, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))).containsExactly(LocalDateTime.of(2024, 4, 23, 20, 0));
        LocalDateTime firstFifth = fifth.firstOnOrAfter(LocalDate.of(2024, 3, 2)).atTime(20, 0);
        assertThat(firstFifth).isEqualTo(LocalDateTime.of(2024, 4, 30, 20, 0));
        assertThat(fifth.between(firstFifth, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .extracting(LocalDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 7, 30), LocalDate.of(2024, 10, 29), LocalDate.of(2024, 12, 31));
    }

    @Test
    void weeks_and_fortnights_in_both_languages() {
        assertThat(read("toutes les deux semaines").rule().rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        assertThat(read("tous les 15 jours").rule().rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        assertThat(read("toutes les deux semaines le jeudi").rule().rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
        assertThat(read("chaque mardi jusqu'au 30 juin").rule().stored()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;UNTIL=20240630");
        assertThat(read("every first tuesday of the month at 8pm").rule().rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(read("every other week").rule().rrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2");
        assertThat(read("chaque mois").rule().rrule()).isEqualTo("FREQ=MONTHLY");
        Recurrence weekly = read("toutes les deux semaines").rule().anchoredTo(LocalDate.of(2024, 3, 6));
        assertThat(weekly.weekday()).contains(DayOfWeek.WEDNESDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de temps en temps", "chaque premier du mois", "le premier mardi de la semaine", "tous les deux", "bientôt"})
    void what_it_does_not_understand_is_refused_with_examples(String text) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(UserError.class,
                refusal -> assertThat(refusal.key()).isEqualTo("repetition.incomprise"));
    }

    @Test
    void the_stored_rule_reads_back() {
        for (String text : List.of("chaque premier mardi du mois", "le dernier vendredi de chaque mois", "toutes les deux semaines le lundi",
                "chaque mardi jusqu'au 30 juin", "tous les deux mois")) {
            Recurrence rule = read(text).rule();
            assertThat(Recurrence.parse(rule.stored())).as(text).isEqualTo(rule);
        }
    }

    /** RFC 5545's own reading, through ical4j, of the RRULE Tresse writes: the same dates, for two years. */
    @Test
    void the_dates_are_those_ical4j_computes_for_the_same_rrule() {
        for (String text : List.of("chaque premier mardi du mois", "le dernier mardi de chaque mois", "chaque cinquième mardi du mois",
                "toutes les deux semaines le jeudi", "chaque mois", "tous les trois mois le premier lundi", "chaque mardi jusqu'au 30 juin")) {
            Recurrence rule = read(text).rule().anchoredTo(LocalDate.of(2024, 3, 7));
            LocalDateTime first = rule.firstOnOrAfter(LocalDate.of(2024, 1, 31)).atTime(20, 0);
            List<LocalDateTime> mine = rule.between(first, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
            String until = rule.until().map(day -> ";UNTIL=" + day.toString().replace("-", "") + "T215959Z").orElse("");
            Recur<ZonedDateTime> recur = new Recur<>(rule.rrule() + until);
            ZonedDateTime seed = first.atZone(PARIS);
            List<LocalDateTime> theirs = new ArrayList<>();
            for (ZonedDateTime date : recur.getDates(seed, seed, LocalDate.of(2025, 12, 31).atTime(23, 59).atZone(PARIS))) {
                theirs.add(date.toLocalDateTime());
            }
            assertThat(mine).as(text).isNotEmpty().isEqualTo(theirs);
        }
    }
}
