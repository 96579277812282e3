package org.tresse.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tresse.core.calendar.When;
import org.tresse.core.engine.UserError;

/** Days and hours as people write them, said on Saturday 2 March 2024 at 10:00 in Lalbenque. */
class WhenTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2024-03-02T09:00:00Z");

    private static LocalDateTime read(String text) {
        return When.read(text, NOW, PARIS);
    }

    private static String refusal(String text) {
        try {
            read(text);
        } catch (UserError refused) {
            return refused.key() + " " + java.util.Arrays.toString(refused.arguments());
        }
        throw new AssertionError(text + " was accepted");
    }

    @Test
    void days_and_hours_in_the_forms_people_use() {
        assertThat(read("samedi 10h")).isEqualTo(LocalDateTime.of(2024, 3, 9, 10, 0));
        assertThat(read("samedi 11h")).isEqualTo(LocalDateTime.of(2024, 3, 2, 11, 0));
        assertThat(read("mardi 5 mars à 20h")).isEqualTo(LocalDateTime.of(2024, 3, 5, 20, 0));
        assertThat(read("le 12 mars 20h30")).isEqualTo(LocalDateTime.of(2024, 3, 12, 20, 30));
        assertThat(read("12/03 20 h 30")).isEqualTo(LocalDateTime.of(2024, 3, 12, 20, 30));
        assertThat(read("2024-04-02T20:00")).isEqualTo(LocalDateTime.of(2024, 4, 2, 20, 0));
        assertThat(read("demain 18h")).isEqualTo(LocalDateTime.of(2024, 3, 3, 18, 0));
        assertThat(read("sunday 8pm")).isEqualTo(LocalDateTime.of(2024, 3, 3, 20, 0));
        assertThat(read("1er avril midi")).isEqualTo(LocalDateTime.of(2024, 4, 1, 12, 0));
    }

    @Test
    void impossible_past_and_incomplete_dates_are_refused_saying_why() {
        assertThat(refusal("31 février 20h")).isEqualTo("quand.jour.inexistant [31 février 20h, 29, 2024]");
        assertThat(refusal("30/02/2025 20h")).isEqualTo("quand.jour.inexistant [30/02/2025 20h, 28, 2025]");
        assertThat(refusal("lundi 5 mars 20h")).startsWith("quand.jour.semaine");
        assertThat(refusal("2024-03-01 20h")).startsWith("quand.passe");
        assertThat(refusal("samedi")).startsWith("quand.heure.manquante");
        assertThat(refusal("bientôt")).startsWith("quand.illisible");
        assertThat(refusal("15/13 20h")).startsWith("quand.illisible");
        assertThat(refusal("2027-03-01 20h")).startsWith("quand.trop.loin");
    }

    @Test
    void lengths_of_time() {
        assertThat(When.duration("2h")).contains(Duration.ofHours(2));
        assertThat(When.duration("1h30")).contains(Duration.ofMinutes(90));
        assertThat(When.duration("90 min")).contains(Duration.ofMinutes(90));
        assertThat(When.duration("2 jours")).contains(Duration.ofDays(2));
        assertThat(When.duration("deux heures")).isEmpty();
        assertThat(When.duration("1j30")).isEmpty();
    }
}
