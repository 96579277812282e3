package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.i18n.Language;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * A refusal names the command and its options in the reader's language, and a slip in an option's
 * name gets a "did you mean", as a slip in a command's name does.
 */
@StoreTest
class RefusalWordsTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private MemoryChannel console(Language language) {
        TestTresse tresse = WithCommands.tresse(db.database()).channels("console").language(language).build();
        MemoryChannel console = tresse.channel("console");
        console.say("ana", "/moi");
        return console;
    }

    @Test
    void a_misspelt_option_gets_a_did_you_mean_in_french() {
        MemoryChannel console = console(Language.FR);

        console.say("ana", "/sondage \"Un four ?\" --jusqa demain");

        assertThat(console.lastReplyTo("ana")).contains("L’option --jusqa n’existe pas pour /sondage. Vouliez-vous dire --jusqua ?");
    }

    @Test
    void an_english_reader_reads_the_english_names_in_a_refusal() {
        MemoryChannel console = console(Language.EN);

        console.say("ana", "/poll \"An oven?\" --untill tomorrow");
        assertThat(console.lastReplyTo("ana")).contains("There is no option --untill for /poll. Did you mean --until?");

        console.say("ana", "/poll \"An oven?\" --colour red");
        assertThat(console.lastReplyTo("ana")).contains("for /poll. Possible options: --kind, --group,")
                .contains("--until").doesNotContain("--jusqua").doesNotContain("/sondage");

        console.say("ana", "/poll \"An oven?\" --until");
        assertThat(console.lastReplyTo("ana")).contains("--until").doesNotContain("--jusqua");
    }
}
