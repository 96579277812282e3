package org.tresse.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tresse.core.engine.UserError;

class TokenizerTest {
    @Test
    void words_and_quoted_texts() {
        assertThat(Tokenizer.split("sondage \"Ouvrir le café le dimanche ?\" --type proposition --jusqua 2024-03-15T20:00"))
                .containsExactly("sondage", "Ouvrir le café le dimanche ?", "--type", "proposition", "--jusqua", "2024-03-15T20:00");
    }

    @Test
    void phone_quotes_are_understood() {
        assertThat(Tokenizer.split("annonce « Fête du village » --tous")).containsExactly("annonce", "Fête du village", "--tous");
        assertThat(Tokenizer.split("annonce “Fête du village” x")).containsExactly("annonce", "Fête du village", "x");
    }

    @Test
    void apostrophes_inside_words_are_letters() {
        assertThat(Tokenizer.split("avis l'assemblée c'est bien")).containsExactly("avis", "l'assemblée", "c'est", "bien");
        assertThat(Tokenizer.split("avis 'deux mots' fin")).containsExactly("avis", "deux mots", "fin");
        assertThat(Tokenizer.split("avis 'tain")).containsExactly("avis", "'tain");
    }

    @Test
    void an_option_value_may_be_glued_with_quotes() {
        assertThat(Tokenizer.split("decision --date=\"15 mars\"")).containsExactly("decision", "--date=15 mars");
    }

    @Test
    void an_unclosed_quote_is_a_user_error() {
        assertThatThrownBy(() -> Tokenizer.split("sondage \"Ouvrir le dimanche ?"))
                .isInstanceOf(UserError.class)
                .satisfies(error -> assertThat(((UserError) error).key()).isEqualTo("erreur.guillemet"));
    }
}
