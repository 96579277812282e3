package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tresse.core.feature.Feature;
import org.tresse.core.feature.Installation;
import org.tresse.core.i18n.Language;

/**
 * A command's names and its options' words are read from its bundle ({@code commande.NAME.noms},
 * {@code commande.NAME.option.OPTION}); what is missing there, or claimed twice, is a startup error.
 */
class CommandWordsTest {
    private static final String WORDS = "org.tresse.commands.words.texts";
    private static final CommandAction NOTHING = call -> {};

    @Test
    void names_and_options_come_from_the_bundle_in_both_languages() {
        Command command = Command.named("essai", WORDS).option("jusqua").flag("secret").does(NOTHING);

        assertThat(command.nameIn(Language.FR)).isEqualTo("essai");
        assertThat(command.nameIn(Language.EN)).isEqualTo("trial");
        assertThat(command.nameIn(org.tresse.core.i18n.Language.FR)).isEqualTo("essai");
        // each language's shown name first, then the aliases: what /aide NAME lists
        assertThat(command.allNames()).containsExactly("essai", "trial", "essais", "try");
        assertThat(command.optionNamed("jusqua").words()).containsExactly("jusqua", "échéance", "until");
        assertThat(command.optionNamed("jusqua").flag()).isFalse();
        assertThat(command.optionNamed("secret").flag()).isTrue();
        // the router folds what is typed; the bundle's words are folded the same way
        assertThat(command.option("echeance")).map(OptionSpec::name).contains("jusqua");
        assertThat(command.option("until")).map(OptionSpec::name).contains("jusqua");
        assertThat(command.option("jusqu")).isEmpty();
    }

    @Test
    void a_command_whose_names_are_not_in_its_bundle_does_not_start() {
        assertThatThrownBy(() -> Command.named("muette", WORDS).does(NOTHING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("commande.muette.noms").hasMessageContaining(WORDS);
    }

    @Test
    void an_option_whose_words_are_not_in_the_bundle_does_not_start() {
        assertThatThrownBy(() -> Command.named("sans-option", WORDS).option("oubliee").does(NOTHING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("commande.sans-option.option.oubliee");
    }

    /**
     * A word nobody can type (a space splits it, {@code =} gives an option its value, {@code @}
     * addresses a bot, a {@code /} is eaten, an invisible character cannot be seen) would leave the
     * command or option silently unreachable in one language: a startup error naming the key.
     */
    @ParameterizedTest
    @CsvSource({"espace, , avis liste", "egal, jusqua, jusqu=a", "arobase, , aide@moi", "barre, , /barre", "invisible, , in\u200Bvisible"})
    void a_word_that_cannot_be_typed_does_not_start(String command, String option, String word) {
        String written = word.replace("\\u200B", "\u200B");
        Command.Builder builder = Command.named(command, WORDS);
        if (option != null) {
            builder.option(option);
        }
        String key = option == null ? "commande." + command + ".noms" : "commande." + command + ".option." + option;

        assertThatThrownBy(() -> builder.does(NOTHING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key).hasMessageContaining("\"" + written + "\"");
    }

    @Test
    void two_options_of_one_command_written_alike_do_not_start() {
        assertThatThrownBy(() -> Command.named("double", WORDS).option("un").option("deux").does(NOTHING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("un").hasMessageContaining("deux").hasMessageContaining("--Pareil");
    }

    @Test
    void two_commands_claiming_one_word_do_not_start() {
        Feature first = to -> to.texts(WORDS).add(CommandRouter.COMMANDS, Command.named("essai", WORDS).does(NOTHING));
        Feature second = to -> to.add(CommandRouter.COMMANDS, Command.named("rivale", WORDS).does(NOTHING));
        Installation both = new Installation().install(List.of(first, second));

        assertThatThrownBy(() -> CommandRouter.of(both))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the commands essai and rivale are both named essais");
    }

    @Test
    void a_command_named_alike_in_both_languages_is_one_name() {
        Installation alone = new Installation().install(List.of(
                to -> to.add(CommandRouter.COMMANDS, Command.named("double", WORDS).option("un").does(NOTHING))));

        assertThat(CommandRouter.of(alone).find("/DOUBLE")).map(Command::name).contains("double");
    }
}
