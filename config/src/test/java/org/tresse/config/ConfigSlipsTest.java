package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.error;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 13 and issue 13, item 13: the slips a volunteer makes in {@code tresse.yml},
 * reported as what they are, at their line, under their field.
 */
class ConfigSlipsTest {
    @TempDir
    Path directory;

    @Test
    void a_top_level_key_written_twice_is_named_at_the_top_not_under_the_last_section() {
        ConfigException e = error("association:\n  name: La Tresse\ngroups:\n  - id: cafe\n    name: Café\n"
                + "association:\n  name: Autre\n");
        assertThat(e.fieldPath()).hasValue("association");
        assertThat(e.line()).hasValue(6);
        assertThat(e.getMessage()).contains("la clé « association » apparaît deux fois");
    }

    @Test
    void a_key_written_twice_inside_a_list_item_is_named_in_that_item() {
        ConfigException e = error("groups:\n  - id: cafe\n    name: Café\n  - id: bureau\n    name: Bureau\n    name: B\n");
        assertThat(e.fieldPath()).hasValue("groups[1].name");
        assertThat(e.getMessage()).contains("champ groups n°2 › name");
    }

    @Test
    void a_missing_space_after_a_colon_is_said_so_at_its_line() {
        ConfigException e = error("association:\n  name: La Tresse\n  language:fr\n  timezone: Europe/Paris\n");
        assertThat(e.line()).hasValue(3);
        assertThat(e.getMessage()).contains("il manque une espace après « language: »").contains("« language: fr »")
                .doesNotContain("indentation");
        assertThat(e.englishMessage()).contains("a space is missing after \"language:\"");
    }

    @Test
    void an_unclosed_quote_is_said_so_at_the_line_it_opens() {
        StringBuilder yaml = new StringBuilder("association:\n  name: \"La Tresse\n  language: fr\ngroups:\n");
        for (int group = 0; group < 12; group++) {
            yaml.append("  - id: g").append(group).append("\n    name: Groupe ").append(group).append('\n');
        }
        ConfigException e = error(yaml.toString());
        assertThat(e.line()).hasValue(2);
        assertThat(e.getMessage()).contains("un guillemet \" ouvert ici n'est pas refermé").doesNotContain("indentation");
    }

    @Test
    void list_positions_are_counted_from_one() {
        ConfigException e = error("groups:\n  - id: cafe\n    name: Café\n  - id: bureau\n    nom: Bureau\n");
        assertThat(e.fieldPath()).hasValue("groups[1].nom");
        assertThat(e.getMessage()).contains("groups n°2 › nom").doesNotContain("groups[1]");
        assertThat(e.englishMessage()).contains("groups no. 2 › nom");
    }

    @Test
    void a_telegram_chat_written_as_a_name_gets_a_chat_number_as_example_not_a_port() {
        ConfigException e = error("groups:\n  - id: cafe\n    name: Café\nchannels:\n  telegram:\n    token: x\n    rooms:\n"
                + "      - chat: Café associatif\n        group: cafe\n");
        assertThat(e.getMessage()).contains("-1001234567890").doesNotContain("8443");
    }

    @Test
    void a_role_may_be_written_as_the_bot_shows_it() {
        ConfigLoader loader = new ConfigLoader(name -> null);
        TresseConfig config = loader.load("roles:\n  - identity: console:bob\n    role: membre\n  - identity: console:cyd\n"
                + "    role: coordination\n  - identity: console:dan\n    role: habitant·e\n", "tresse.yml");
        assertThat(config.roles()).extracting(RoleGrant::role)
                .containsExactly(RoleGrant.Role.MEMBER, RoleGrant.Role.COORDINATOR, RoleGrant.Role.RESIDENT);
    }

    @Test
    void a_token_written_in_clear_is_warned_and_one_from_the_environment_is_not() throws Exception {
        Path file = directory.resolve("tresse.yml");
        Files.writeString(file, "channels:\n  telegram:\n    token: 123456:ABCdef\n  matrix:\n    homeserver: https://m.example.org\n"
                + "    user: \"@tresse:example.org\"\n    access-token: ${MATRIX_TOKEN}\n");
        ConfigLoader.Checked checked = new ConfigLoader(name -> name.equals("MATRIX_TOKEN") ? "secret" : null).check(file);
        assertThat(checked.warnings()).extracting(ConfigWarning::field).containsExactly("channels.telegram.token");
        assertThat(checked.warnings().get(0).french()).contains("écrit en clair").contains("ligne 3").doesNotContain("ABCdef");
    }
}
