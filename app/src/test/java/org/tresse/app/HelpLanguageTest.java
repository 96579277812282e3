package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;

/** {@code tresse --help} speaks French, or English where the association or the system does. */
class HelpLanguageTest {
    @TempDir
    Path directory;

    @Test
    void the_help_is_french_by_default_and_names_every_command_and_option_in_it() {
        Language language = HelpLanguage.of(directory.resolve("tresse.yml"), Map.of("LANG", "C.UTF-8")::get);
        assertThat(language).isEqualTo(Language.FR);
        String help = Main.commandLine(language).getUsageMessage();
        assertThat(help).startsWith("Utilisation : tresse").contains("Commandes :")
                .contains("Exporte le relevé de décisions").contains("Affiche cette aide").doesNotContain("Exports the");
        String export = Main.commandLine(language).getSubcommands().get("export").getUsageMessage();
        assertThat(export).contains("csv, md ou json (défaut : md)").contains("Fichier de configuration (défaut : tresse.yml, sinon");
    }

    @Test
    void an_english_system_gets_the_help_in_english() {
        Language language = HelpLanguage.of(directory.resolve("tresse.yml"), Map.of("LANG", "en_GB.UTF-8")::get);
        assertThat(language).isEqualTo(Language.EN);
        String help = Main.commandLine(language).getUsageMessage();
        assertThat(help).startsWith("Usage: tresse").contains("Exports the decision register").contains("Show this help message")
                .doesNotContain("Exporte");
        assertThat(Main.commandLine(language).getSubcommands().get("rapport").getUsageMessage())
                .contains("pdf, html or md (default: pdf)").contains("One group only, for example cafe");
    }

    @Test
    void the_association_s_language_comes_before_the_system_s() throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: The Braid\n  language: en\n");
        assertThat(HelpLanguage.of(config, Map.of("LANG", "fr_FR.UTF-8")::get)).isEqualTo(Language.EN);
        Files.writeString(config, "association:\n  name: La Tresse\n  language: fr\n");
        assertThat(HelpLanguage.of(config, Map.of("LC_ALL", "en_US.UTF-8")::get)).isEqualTo(Language.FR);
        Files.writeString(config, "association: [\n");
        assertThat(HelpLanguage.of(config, Map.of("LANG", "en_US.UTF-8")::get)).as("a broken file: the system's").isEqualTo(Language.EN);
    }
}
