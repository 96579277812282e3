package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDefaultsTest {
    @Test
    void without_a_file_tresse_runs_on_the_defaults_with_starter_groups() {
        TresseConfig embedded = EmbeddedDefaults.load(Map.of("TELEGRAM_TOKEN", "123:abc"));

        assertThat(embedded.groups()).extracting(GroupSettings::id).containsExactly("cafe", "ressourcerie", "coworking", "bureau");
        assertThat(embedded.group("bureau").orElseThrow().open()).isFalse();
        assertThat(embedded.group("cafe").orElseThrow().name()).isEqualTo("Café associatif");
        assertThat(embedded.storage().url()).isEqualTo(TresseConfig.defaults().storage().url());
        assertThat(embedded.channels().consoleEnabled()).isTrue();
        assertThat(embedded.channels().telegram()).isNull();
        assertThat(embedded.admins()).isEmpty();
        assertThat(embedded.association().language()).isEqualTo(TresseConfig.defaults().association().language());
    }

    @Test
    void the_web_pages_listen_on_8080_of_this_machine_unless_the_environment_says_another_address() {
        assertThat(EmbeddedDefaults.load(Map.of()).web().baseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(EmbeddedDefaults.load(Map.of("TRESSE_WEB_LISTEN", "127.0.0.1:8081")).web().port()).isEqualTo(8081);
    }
}
