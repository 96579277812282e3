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
}
