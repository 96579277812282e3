package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code tresse init}, {@code check}, {@code export}, a configuration's problems and {@code --version}, as a volunteer would type them. */
class CommandLineTest {
    @TempDir
    Path directory;

    @RegisterExtension
    final Terminal terminal = new Terminal();

    @Test
    void init_writes_an_example_that_check_accepts() {
        Path config = directory.resolve("tresse.yml");
        assertThat(Main.execute("init", "-c", config.toString())).isZero();
        assertThat(config).exists();
        assertThat(Main.execute("check", "-c", config.toString())).isZero();
        assertThat(terminal.out()).contains("est valide");
    }

    @Test
    void init_never_overwrites_a_configuration() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: La Tresse\n");
        assertThat(Main.execute("init", "-c", config.toString())).isNotZero();
        assertThat(Files.readString(config)).contains("La Tresse");
    }

    @Test
    void check_names_the_file_the_line_and_the_field() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: La Tresse\ngroups:\n  - id: cafe\n    name: Café\n    ouvert: true\n");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(1);
        assertThat(terminal.err()).contains("tresse.yml").contains("ligne 6").contains("ouvert");
    }

    @Test
    void check_names_a_missing_environment_variable() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "storage:\n  password: ${TRESSE_TEST_SURELY_UNSET_VARIABLE}\n");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(1);
        assertThat(terminal.err()).contains("TRESSE_TEST_SURELY_UNSET_VARIABLE");
    }

    @Test
    void check_of_a_missing_file_says_how_to_create_one() {
        assertThat(Main.execute("check", "-c", directory.resolve("absent.yml").toString())).isEqualTo(1);
        assertThat(terminal.err()).contains("tresse init");
    }

    @Test
    void export_writes_the_register_the_polls_and_the_voices_of_an_embedded_database() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "storage:\n  url: jdbc:h2:file:" + directory.resolve("data/tresse") + "\n");
        for (String what : new String[] {"decisions", "sondages", "voix"}) {
            Path file = directory.resolve(what + ".csv");
            assertThat(Main.execute("export", what, "--format", "csv", "-c", config.toString(), "-o", file.toString()))
                    .as(what).isZero();
            assertThat(file).exists();
        }
        assertThat(Main.execute("export", "rien", "-c", config.toString())).isEqualTo(2);
        assertThat(terminal.err()).contains("decisions, sondages ou voix");
        assertThat(Main.execute("export", "voix", "--format", "pdf", "-c", config.toString())).isEqualTo(2);
    }

    @Test
    void every_command_on_a_database_says_a_missing_or_broken_configuration_the_same_way() throws Exception {
        Path broken = directory.resolve("tresse.yml");
        Files.writeString(broken, "association:\n  name: La Tresse\ngroups:\n  - id: cafe\n    name: Café\n    ouvert: true\n");
        Path absent = directory.resolve("absent.yml");
        List<List<String>> commands = List.of(List.of("run"), List.of("export", "decisions"), List.of("sauvegarde"),
                List.of("restaurer", directory.toString()), List.of("migrer", "--vers", "jdbc:h2:mem:cible"),
                List.of("changer-cle"), List.of("rapport", "--du", "2026-01-01"), List.of("affiche", "sondage", "1"));
        for (List<String> command : commands) {
            terminal.clear();
            assertThat(Main.execute(with(command, "-c", broken.toString()))).as("%s on a broken file", command).isEqualTo(1);
            assertThat(terminal.err()).as("%s on a broken file", command)
                    .contains("tresse.yml", "ligne 6", "ouvert", "line 6");
            terminal.clear();
            assertThat(Main.execute(with(command, "-c", absent.toString()))).as("%s on a missing file", command).isEqualTo(1);
            assertThat(terminal.err()).as("%s on a missing file", command)
                    .contains("absent.yml", "ce fichier n'existe pas", "./tresse init", "this file does not exist");
        }
    }

    private static String[] with(List<String> command, String... more) {
        List<String> words = new ArrayList<>(command);
        words.addAll(List.of(more));
        return words.toArray(String[]::new);
    }

    @Test
    void version_is_printed() {
        assertThat(Main.execute("--version")).isZero();
        assertThat(terminal.out()).startsWith("Tresse");
    }
}
