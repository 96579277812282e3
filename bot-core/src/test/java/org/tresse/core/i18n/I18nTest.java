package org.tresse.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class I18nTest {
    @Test
    void french_by_default_english_on_request_whatever_the_machine_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            I18n i18n = new I18n(Language.FR, List.of());
            assertThat(i18n.texts(null).get("erreur.trop.long", 10, 12)).startsWith("Message trop long : 12 caractères");
            assertThat(i18n.texts(Language.EN).get("erreur.trop.long", 10, 12)).startsWith("Message too long: 12 characters");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophes_need_no_escaping() {
        I18n i18n = new I18n(Language.FR, List.of());
        assertThat(i18n.texts(Language.FR).get("erreur.interne")).contains("s’est mal passé");
    }

    @Test
    void languages_parse_in_both_languages() {
        assertThat(Language.parse("Français")).contains(Language.FR);
        assertThat(Language.parse("EN")).contains(Language.EN);
        assertThat(Language.parse("klingon")).isEmpty();
    }

    @Test
    void a_word_agrees_with_its_count_one_and_zero_singular_in_french_only_one_in_english() {
        I18n i18n = new I18n(Language.FR, List.of("org.tresse.core.event.texts", "org.tresse.core.meeting.texts"));
        Texts french = i18n.texts(Language.FR);
        Texts english = i18n.texts(Language.EN);
        assertThat(french.get("evenement.places.lieu", "La Vayssade", 1, 2)).startsWith("La Vayssade n’a que 1 place :");
        assertThat(french.get("evenement.places.lieu", "La Vayssade", 40, 50)).startsWith("La Vayssade n’a que 40 places :");
        assertThat(english.get("evenement.places.lieu", "La Vayssade", 1, 2)).startsWith("La Vayssade has only 1 place:");
        assertThat(french.get("salle.trop.votes", 1, 0)).startsWith("1 main levée, mais 0 personne seulement");
        assertThat(english.get("salle.trop.votes", 1, 0)).startsWith("1 raised hand, but only 0 persons");
        assertThat(french.get("salle.trop.votes.en.ligne", 5, 4, 2, 2)).startsWith("5 mains levées, mais 4 personnes dans la salle dont 2 ont déjà voté en ligne : 2 mains au plus.");
        assertThat(french.get("salle.trop.votes.en.ligne", 2, 1, 1, 0)).startsWith("2 mains levées, mais 1 personne dans la salle dont 1 a déjà voté en ligne : 0 main au plus.");
        assertThat(french.get("reunion.presents.moins.que.noms", "1 234", 1)).startsWith("Vous comptez 1 234 personnes");
    }
}
