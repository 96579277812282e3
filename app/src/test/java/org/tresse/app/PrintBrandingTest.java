package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.print.Branding;

/** Reports and posters carry the association's name, logo and colours from tresse.yml, as its pages do. */
class PrintBrandingTest {
    @TempDir
    Path directory;

    @Test
    void the_logo_and_colours_of_tresse_yml_go_on_paper_and_a_missing_logo_leaves_the_name_alone() throws Exception {
        Path logo = Files.write(directory.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

        Branding branded = PrintWiring.branding(config(logo));
        Branding missing = PrintWiring.branding(config(directory.resolve("absent.png")));

        assertThat(branded.name()).isEqualTo("La Tresse");
        assertThat(branded.logo()).contains(logo);
        assertThat(branded.primary()).isEqualTo("#1d4e89");
        assertThat(branded.accent()).isEqualTo("#8a3b12");
        assertThat(missing.logo()).isEmpty();
        assertThat(missing.primary()).isEqualTo("#1d4e89");
    }

    private TresseConfig config(Path logo) throws Exception {
        Path file = Files.writeString(directory.resolve("tresse.yml"), """
                association:
                  name: La Tresse
                  logo: %s
                  colors:
                    primary: "#1d4e89"
                    accent: "#8a3b12"
                """.formatted(logo));
        return new ConfigLoader().load(file);
    }
}
