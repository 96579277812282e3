package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 13 and issue 13, item 13, as {@code ./tresse check} and {@code run} say them. */
class ConfigCheckTest {
    @TempDir
    Path directory;

    @RegisterExtension
    final Terminal terminal = new Terminal();

    @Test
    void a_data_directory_that_exists_but_cannot_be_written_is_said_so_not_that_it_cannot_be_created() throws Exception {
        // /sys is read-only for everyone, root included
        Path config = config("storage:\n  url: jdbc:h2:file:/sys/kernel/tresse\n");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("Le dossier de données /sys/kernel existe, mais Tresse ne peut pas y écrire")
                .doesNotContain("Impossible de créer");
        terminal.clear();
        assertThat(Main.execute("run", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("existe, mais Tresse ne peut pas y écrire").doesNotContain("Impossible de créer");
    }

    @Test
    void an_empty_file_is_not_valid() throws Exception {
        Path config = config("# à remplir\n");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(1);
        assertThat(errors()).contains("ce fichier est vide");
        assertThat(output()).doesNotContain("valide");
    }

    @Test
    void a_token_written_in_clear_is_warned() throws Exception {
        Path config = config("storage:\n  url: jdbc:h2:file:" + directory.resolve("data/tresse") + "\nchannels:\n  console:\n    enabled: true\n"
                + "  telegram:\n    token: 123456:ABCdefGHI\n");
        assertThat(Main.execute("check", "-c", config.toString())).isZero();
        assertThat(output()).contains("Attention, channels.telegram.token : ce secret est écrit en clair dans le fichier (ligne 7)")
                .doesNotContain("ABCdefGHI").contains("est valide");
    }

    @Test
    void texts_name_the_command_as_it_is_typed() throws Exception {
        assertThat(Main.execute("check", "-c", directory.resolve("absent.yml").toString())).isEqualTo(1);
        assertThat(errors()).contains("./tresse init");
    }

    private Path config(String text) throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, text);
        return config;
    }

    private String output() {
        return terminal.out();
    }

    private String errors() {
        return terminal.err();
    }
}
