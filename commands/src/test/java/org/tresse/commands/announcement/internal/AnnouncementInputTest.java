package org.tresse.commands.announcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementInputTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void dates_are_read_as_volunteers_type_them_in_the_association_zone() {
        Instant expected = Instant.parse("2024-03-10T08:00:00Z");
        assertThat(WhenParser.parse("2024-03-10 09:00", PARIS)).contains(expected);
        assertThat(WhenParser.parse("2024-03-10T09:00", PARIS)).contains(expected);
        assertThat(WhenParser.parse("10/03/2024 9h", PARIS)).contains(expected);
        assertThat(WhenParser.parse("10/03/2024 9h00", PARIS)).contains(expected);
        assertThat(WhenParser.parse("2024-03-10", PARIS)).contains(expected);
        assertThat(WhenParser.parse("2024-07-10 09:00", PARIS)).contains(Instant.parse("2024-07-10T07:00:00Z"));
        assertThat(WhenParser.parse("demain", PARIS)).isEmpty();
        assertThat(WhenParser.parse("2024-02-30 09:00", PARIS)).isEmpty();
    }

    @Test
    void an_unquoted_text_keeps_its_lines_and_loses_its_options() {
        String message = "/annonce Fête samedi\n- musique\n- repas --groupes \"cafe,bureau\" --tous --le 2024-03-10 --canaux=telegram";
        assertThat(AnnouncementText.of(message, List.of("Fête", "samedi", "-", "musique", "-", "repas")))
                .isEqualTo("Fête samedi\n- musique\n- repas");
        assertThat(AnnouncementText.of("/annonce \"Venez --tous\" --tous", List.of("Venez --tous"))).isEqualTo("Venez --tous");
    }
}
