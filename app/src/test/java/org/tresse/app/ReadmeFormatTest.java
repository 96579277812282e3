package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ReadmeTest} reads the README: what a session shows must be what Tresse prints. */
class ReadmeFormatTest {
    private static final List<String> PRINTED = List.of("[tresse] Données dans /tmp/x/data.", "[tresse → ana] Bonjour.", "  ligne 2",
            "  ligne 3", "[tresse → bob] Salut.");

    @Test
    void shown_lines_match_exactly_and_elisions_stand_for_lines_or_parts_of_lines() {
        assertThat(Readme.matches(List.of("[tresse] Données dans …/data.", "…", "[tresse → bob] Salut."), PRINTED)).isTrue();
        assertThat(Readme.matches(List.of("…", "  ligne 3", "[tresse → bob] Salut."), PRINTED)).isTrue();
        assertThat(Readme.matches(List.of("…"), PRINTED)).isTrue();
        assertThat(Readme.matches(List.of("[tresse] Données dans …/data.", "[tresse → ana] Bonjour.", "  ligne 2", "  ligne 3",
                "[tresse → bob] Salut."), PRINTED)).isTrue();
    }

    @Test
    void a_line_changed_missing_or_extra_does_not_match() {
        assertThat(Readme.matches(List.of("[tresse] Données dans …/data.", "[tresse → ana] Bonjour !", "…"), PRINTED)).isFalse();
        assertThat(Readme.matches(List.of("[tresse] Données dans …/data.", "[tresse → ana] Bonjour.", "[tresse → bob] Salut."), PRINTED))
                .as("two lines left out without an elision").isFalse();
        assertThat(Readme.matches(List.of("…", "[tresse → bob] Salut.", "[tresse → bob] Encore."), PRINTED)).isFalse();
        assertThat(Readme.matches(List.of("…", "[tresse → ana] Bonjour."), PRINTED)).as("what follows must be shown or elided").isFalse();
    }

    @Test
    void a_session_says_who_types_each_line_and_the_readme_cannot_get_it_wrong() {
        Readme.Block block = new Readme.Block("", List.of("$ ./tresse run --as ana", "ana> /moi", "[tresse → ana] Vous êtes ana.",
                "ana> :as bob", "bob> /aide"), 1);
        Readme.Session session = Readme.session(block);
        assertThat(session.command()).isEqualTo("./tresse run --as ana");
        assertThat(session.typed()).extracting(Readme.Typed::text).containsExactly("/moi", ":as bob", "/aide");
        assertThat(session.printed()).containsExactly("[tresse → ana] Vous êtes ana.");
        Readme.Block wrong = new Readme.Block("", List.of("$ ./tresse run --as ana", "bob> /moi"), 7);
        assertThatThrownBy(() -> Readme.session(wrong)).hasMessageContaining("line 7").hasMessageContaining("speaks as ana");
    }

    @Test
    void blocks_are_sessions_shell_commands_or_marked_with_their_kind() {
        Readme readme = new Readme("Texte `./tresse init` et `/aide`.\n\n```\n./tresse init   # écrit\nTRESSE_LOG_LEVEL=DEBUG ./tresse run\n"
                + "echo /groupes | ./tresse run\n```\n\n```yaml\na: b\n```\n");
        assertThat(readme.blocks()).hasSize(2);
        assertThat(readme.blocks().get(0).isShell()).isTrue();
        assertThat(readme.blocks().get(1).info()).isEqualTo("yaml");
        assertThat(readme.inlineCode()).containsExactly("./tresse init", "/aide");
        assertThat(Readme.command("./tresse init   # écrit")).isEqualTo("./tresse init");
    }
}
