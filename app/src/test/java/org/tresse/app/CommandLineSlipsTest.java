package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.i18n.Language;

/**
 * A command line typed wrong gets Tresse's own answer in the help's language, never picocli's
 * English sentence: what was wrong, a "did you mean" for a slip, how to write it, where the help is;
 * exit code 2 (picocli's for bad input) and nothing run.
 */
class CommandLineSlipsTest {
    @RegisterExtension
    final Terminal terminal = new Terminal();

    private String run(Language language, String... args) {
        terminal.clear();
        assertThat(Main.commandLine(language).execute(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(terminal.out()).as("nothing run").isEmpty();
        String said = terminal.err();
        assertThat(said).doesNotContain("Unmatched").doesNotContain("Unknown option").doesNotContain("Missing required")
                .doesNotContain("should be specified").doesNotContain("Exception");
        return said;
    }

    @Test
    void a_command_with_two_letters_swapped_gets_a_did_you_mean_in_french_and_in_english() {
        assertThat(run(Language.FR, "rnu")).isEqualTo("""
                « rnu » n’est pas une commande de tresse.
                Vouliez-vous dire run ?
                Les commandes : run, init, check, export, rapport, affiche, migrer, sauvegarde, restaurer, changer-cle, help.
                L’aide : tresse --help
                """);
        assertThat(run(Language.EN, "exprot", "voix")).isEqualTo("""
                "exprot" is not a command of tresse.
                Did you mean export?
                The commands: run, init, check, export, rapport, affiche, migrer, sauvegarde, restaurer, changer-cle, help.
                Help: tresse --help
                """);
        assertThat(run(Language.FR, "bonjour")).as("no guess for a word that is no slip")
                .startsWith("« bonjour » n’est pas une commande de tresse.\nLes commandes : run,");
        assertThat(run(Language.FR, "sauve")).contains("\nVouliez-vous dire sauvegarde ?\n");
    }

    @Test
    void an_unknown_option_says_which_one_and_how_to_write_the_command() {
        assertThat(run(Language.FR, "run", "--az", "ana")).isEqualTo("""
                L’option --az n’existe pas pour tresse run.
                Vouliez-vous dire --as ?
                Écrivez : tresse run [-hV] [--as=NOM] [-c=FICHIER]
                L’aide : tresse run --help
                """);
        assertThat(run(Language.EN, "run", "-as", "ana")).isEqualTo("""
                tresse run has no option -as.
                Did you mean --as?
                Write: tresse run [-hV] [--as=NAME] [-c=FILE]
                Help: tresse run --help
                """);
    }

    @Test
    void a_missing_value_names_the_option_as_typed_and_what_it_takes() {
        assertThat(run(Language.FR, "run", "--as")).startsWith("Il manque --as NOM : Qui parle d’abord dans la console")
                .contains("\nÉcrivez : tresse run [-hV] [--as=NOM] [-c=FICHIER]\n");
        assertThat(run(Language.FR, "run", "--as=")).as("an empty name is no name")
                .startsWith("Il manque --as NOM : Qui parle d’abord dans la console");
        assertThat(run(Language.EN, "run", "--en-tant-que", " ")).startsWith("--en-tant-que NAME is missing: Who speaks first in the console");
        assertThat(run(Language.FR, "export")).startsWith("Il manque QUOI : decisions, sondages (polls) ou voix (avis, voices)\n"
                + "Écrivez : tresse export [-hV] [--excel] [-c=FICHIER] [-f=FORMAT] [-o=FICHIER] QUOI");
        assertThat(run(Language.EN, "migrer")).startsWith("--to URL is missing: The target database, jdbc:postgresql://")
                .contains("\nWrite: tresse migrer [-hV] [-c=FILE] [--password-env=VARIABLE] --to=URL [--user=NAME]\n");
    }

    @Test
    void an_option_given_twice_or_an_argument_too_many_is_said_plainly() {
        assertThat(run(Language.FR, "run", "--as", "ana", "--as", "bob")).startsWith("--as est donné deux fois : ne le donnez qu’une fois.\n");
        assertThat(run(Language.EN, "export", "voix", "avis")).startsWith("\"avis\" is one argument too many: tresse export expects nothing more.\n");
    }

    @Test
    void the_help_labels_and_the_development_version_are_in_the_help_s_language() {
        assertThat(Main.commandLine(Language.EN).getSubcommands().get("run").getUsageMessage()).contains("--as=NAME").contains("-c, --config=FILE");
        assertThat(Main.commandLine(Language.FR).getSubcommands().get("run").getUsageMessage()).contains("--as=NOM").contains("-c, --config=FICHIER");
        assertThat(Main.commandLine(Language.FR).execute("--version")).isZero();
        assertThat(terminal.out()).isEqualTo("Tresse (version de développement)\n");
        terminal.clear();
        assertThat(Main.commandLine(Language.EN).execute("run", "--version")).isZero();
        assertThat(terminal.out()).isEqualTo("Tresse (development build)\n");
    }

    @Test
    void a_password_in_a_database_address_typed_in_the_wrong_place_is_not_repeated() {
        String address = "jdbc:postgresql://db/tresse?user=tresse&password=hunter2";
        assertThat(run(Language.FR, "migrer", "--vers", address, address)).contains("est en trop", "password=***")
                .doesNotContain("hunter2");
        assertThat(run(Language.FR, "migrer", "--vers", address, "--utilisateru=" + address)).contains("L’option --utilisateru n’existe pas pour tresse migrer",
                "Vouliez-vous dire --utilisateur ?").doesNotContain("hunter2");
    }

    @Test
    void a_terminal_control_sequence_typed_is_not_sent_back_to_the_terminal() {
        String said = run(Language.EN, "\u009b2J\u001b[2Jrun\u202e\u2066");
        assertThat(said).doesNotContain("\u009b").doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u2066")
                .contains("is not a command of tresse");
    }
}
