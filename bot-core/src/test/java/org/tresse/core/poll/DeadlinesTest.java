package org.tresse.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tresse.core.engine.UserError;

class DeadlinesTest {
    /** Saturday 2 March 2024, 10:00 in Paris. */
    private static final Instant NOW = Instant.parse("2024-03-02T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-15 20:00      | 2024-03-15T20:00",
            "2024-03-15T20:00      | 2024-03-15T20:00",
            "15/03 20h             | 2024-03-15T20:00",
            "15/03/2024 20h30      | 2024-03-15T20:30",
            "15/03/24 8h           | 2024-03-15T08:00",
            "15 mars 20h           | 2024-03-15T20:00",
            "le 15 mars à 20h      | 2024-03-15T20:00",
            "dimanche 20h          | 2024-03-03T20:00",
            "Dimanche à 20h        | 2024-03-03T20:00",
            "sunday 8pm            | 2024-03-03T20:00",
            "samedi 9h             | 2024-03-09T09:00",
            "samedi 18h            | 2024-03-02T18:00",
            "demain 18h            | 2024-03-03T18:00",
            "tomorrow 6:30 pm      | 2024-03-03T18:30",
            "15/03                 | 2024-03-15T23:59",
            "3j                    | 2024-03-05T10:00",
            "3d                    | 2024-03-05T10:00",
            "48 heures             | 2024-03-04T10:00",
            "20h                   | 2024-03-02T20:00",
            "20 h                  | 2024-03-02T20:00",
            "20 h 30               | 2024-03-02T20:30",
            "8h                    | 2024-03-03T08:00",
            "dimanche 20 h         | 2024-03-03T20:00",
            "90min                 | 2024-03-02T11:30",
            "2 sem                 | 2024-03-16T10:00",
            "20h30                 | 2024-03-02T20:30",
            "9:30                  | 2024-03-03T09:30",
            "2024-03-31 02:30      | 2024-03-31T03:30"})
    void understands_what_people_write(String text, String expected) {
        ZonedDateTime understood = Deadlines.parse(text, NOW, PARIS).atZone(PARIS);
        assertThat(understood.toLocalDateTime()).hasToString(expected);
    }

    @Test
    void a_deadline_in_the_past_is_refused() {
        assertThatThrownBy(() -> Deadlines.parse("2024-03-01 20:00", NOW, PARIS))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("echeance.passee");
        assertThatThrownBy(() -> Deadlines.parse("01/03", NOW, PARIS))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("echeance.passee");
    }

    @Test
    void an_unreadable_or_far_deadline_is_refused() {
        for (String text : new String[] {"bientôt", "32/03", "2024-13-01", "", "0j", "20"}) {
            assertThatThrownBy(() -> Deadlines.parse(text, NOW, PARIS)).as(text)
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("echeance.illisible");
        }
        for (String text : new String[] {"24h", "48h", "dimanche 25h"}) {
            assertThatThrownBy(() -> Deadlines.parse(text, NOW, PARIS)).as(text)
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("echeance.heure.hors.journee");
        }
        assertThatThrownBy(() -> Deadlines.parse("2026-01-01", NOW, PARIS))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("echeance.trop.loin");
    }
}
