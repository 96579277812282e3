package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTemplateTest {
    @Test
    void theExampleLoadsWithoutAnyEnvironmentVariable() {
        TresseConfig config = new ConfigLoader(name -> null).load(ConfigTemplate.text(), "tresse.yml");

        assertThat(config.storage().url()).isEqualTo(StorageSettings.DEFAULT_URL);
        assertThat(config.channels().consoleEnabled()).isTrue();
        assertThat(config.channels().telegram()).isNull();
        assertThat(config.channels().matrix()).isNull();
        assertThat(config.channels().email()).isNull();
        assertThat(config.association().language()).isEqualTo(AssociationSettings.Language.FR);
    }

    @Test
    void theExampleExplainsEachSectionInFrench() {
        String text = ConfigTemplate.text();

        assertThat(text).contains("association:", "storage:", "groups:", "admins:", "roles:", "delivery:",
                "digest:", "channels:", "telegram:", "matrix:", "email:", "${TELEGRAM_TOKEN}", "tresse check");
        assertThat(text).contains("Les secrets (jetons, mots de passe) ne s'écrivent JAMAIS dans ce fichier");
    }

    @Test
    void theCommentedChannelsLoadOnceUncommented() {
        String uncommented = ConfigTemplate.text()
                .replace("groups: []\n# groups:", "groups:")
                .replaceAll("(?m)^#   - id:", "  - id:")
                .replaceAll("(?m)^#     (name|open):", "    $1:")
                .replaceAll("(?m)^  # (telegram|matrix|email):", "  $1:")
                .replaceAll("(?m)^  #   ", "    ");

        TresseConfig config = new ConfigLoader(ConfigLoaderTest.ENV::get).load(uncommented, "tresse.yml");

        assertThat(config.groups()).extracting(GroupSettings::id).containsExactly("cafe", "ressourcerie", "bureau");
        assertThat(config.channels().telegram().rooms()).hasSize(1);
        assertThat(config.channels().matrix().password()).isEqualTo(ConfigLoaderTest.ENV.get("MATRIX_PASSWORD"));
        assertThat(config.channels().email().imap().processedFolder()).isEqualTo("Traités");
    }

    @Test
    void writesTheExampleOnceAndNeverOverwrites(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("conf").resolve("tresse.yml");

        ConfigTemplate.writeTo(file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ConfigTemplate.text());
        Files.writeString(file, "association:\n  name: La Tresse\n");
        assertThatThrownBy(() -> ConfigTemplate.writeTo(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("ce fichier existe déjà et je ne l'écrase pas");
        assertThat(Files.readString(file)).isEqualTo("association:\n  name: La Tresse\n");
    }
}
