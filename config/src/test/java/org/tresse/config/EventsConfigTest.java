package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The events section: places, partner associations, reminders; and what tresse check says of mistakes. */
class EventsConfigTest {
    private static TresseConfig load(String yaml) {
        return new ConfigLoader(ConfigLoaderTest.ENV::get).load(yaml, "tresse.yml");
    }

    @Test
    void places_partners_and_reminders_load() {
        TresseConfig config = load("""
                events:
                  reminders: [2d, 90m]
                  agenda-closes: 12h
                  places:
                    - name: La Vayssade
                      address: La Vayssade, 46230 Lalbenque
                      capacity: 40
                    - name: rue du Paradis
                  partners:
                    - id: comite-fetes
                      name: Comité des fêtes
                      contact: email:comite@example.org
                    - id: ecole
                """);
        EventsSettings events = config.events();
        assertThat(events.places()).extracting(PlaceSettings::name).containsExactly("La Vayssade", "rue du Paradis");
        assertThat(events.places().get(0).capacity()).isEqualTo(40);
        assertThat(events.places().get(1).capacity()).isNull();
        assertThat(events.partners()).extracting(PartnerSettings::name).containsExactly("Comité des fêtes", "ecole");
        assertThat(events.partners().get(0).contact()).isEqualTo("email:comite@example.org");
        assertThat(events.reminders()).containsExactly(Duration.ofDays(2), Duration.ofMinutes(90));
        assertThat(events.agendaCloses()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void without_the_section_reminders_come_the_day_before_and_two_hours_before() {
        EventsSettings events = TresseConfig.defaults().events();
        assertThat(events.places()).isEmpty();
        assertThat(events.reminders()).containsExactly(Duration.ofDays(1), Duration.ofHours(2));
        assertThat(load("events:\n  reminders: []\n").events().reminders()).isEmpty();
    }

    @Test
    void mistakes_are_named_with_their_line_in_both_languages() {
        ConfigException twice = error("events:\n  places:\n    - name: La Vayssade\n    - name: la vayssade\n");
        assertPlace(twice, 4, "events.places[1].name");
        assertThat(twice.getMessage()).contains("le lieu « la vayssade » est déclaré deux fois");
        assertThat(twice.englishMessage()).contains("place \"la vayssade\" is declared twice");

        ConfigException capacity = error("events:\n  places:\n    - name: Salle\n      capacity: 0\n");
        assertPlace(capacity, 4, "events.places[0].capacity");
        assertThat(capacity.getMessage()).contains("le nombre de places va de 1 à 10000");

        ConfigException partner = error("events:\n  partners:\n    - id: Comité\n");
        assertPlace(partner, 3, "events.partners[0].id");
        assertThat(partner.getMessage()).contains("ne convient pas comme identifiant d'association").contains("comite-fetes");

        ConfigException contact = error("events:\n  partners:\n    - id: ecole\n      contact: comite@example.org\n");
        assertPlace(contact, 4, "events.partners[0].contact");
        assertThat(contact.getMessage()).contains("canal:identifiant");

        ConfigException reminder = error("events:\n  reminders: [1d, 40d]\n");
        assertThat(reminder.fieldPath()).hasValue("events.reminders[1]");
        assertThat(reminder.getMessage()).contains("un rappel vient de 1 minute à 30 jours avant");

        ConfigException unknown = error("events:\n  lieux: []\n");
        assertThat(unknown.getMessage()).contains("lieux");
    }

    @Test
    void the_example_explains_events_and_loads() {
        assertThat(ConfigTemplate.text()).contains("events:", "agenda-closes", "Comité des fêtes");
        assertThat(new ConfigLoader(name -> null).load(ConfigTemplate.text(), "tresse.yml").events().reminders()).hasSize(2);
    }
}
