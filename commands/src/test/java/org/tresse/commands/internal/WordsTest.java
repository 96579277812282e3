package org.tresse.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void folding_ignores_case_and_accents() {
        assertThat(Words.fold("Résultats")).isEqualTo("resultats");
        assertThat(Words.fold(" CAFÉ ")).isEqualTo("cafe");
    }

    @Test
    void a_typo_finds_the_command_meant_and_nonsense_finds_nothing() {
        List<String> commands = List.of("aide", "rejoindre", "quitter", "sondage", "vote");
        assertThat(Words.closest("rejoidre", commands)).contains("rejoindre");
        assertThat(Words.closest("sondag", commands)).contains("sondage");
        assertThat(Words.closest("xyzzy", commands)).isEmpty();
    }
}
