package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedDefaultsTest {
    @Test
    void without_a_file_tresse_runs_on_the_defaults_with_starter_groups() {
        TresseConfig embedded = EmbeddedDefaults.load();

        assertThat(embedded.groups()).extracting(GroupSettings::id).containsExactly("cafe", "ressourcerie", "coworking", "bureau");
        assertThat(embedded.group("bureau").orElseThrow().open()).isFalse();
        assertThat(embedded.group("cafe").orElseThrow().name()).isEqualTo("Café associatif");
        assertThat(embedded.storage().url()).isEqualTo(TresseConfig.defaults().storage().url());
        assertThat(embedded.channels().consoleEnabled()).isTrue();
        assertThat(embedded.channels().telegram()).isNull();
        assertThat(embedded.admins()).isEmpty();
        assertThat(embedded.association().language()).isEqualTo(TresseConfig.defaults().association().language());
    }
}
