package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** Issue 12, item 14: smaller input quirks, each with a clear answer and nothing wrong stored. */
@StoreTest
class InputQuirksTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database()).build();
        console = tresse.channel("console");
        console.say("ana", "/moi");
    }

    @Test
    void text_that_was_not_utf8_is_refused_and_said_so_not_stored_with_replacement_characters() {
        // what a reader makes of the Latin-1 bytes of "Café ?"
        console.say("ana", "/sondage \"Caf\uFFFD ?\" oui non");
        assertThat(console.lastReplyTo("ana")).contains("illisible").contains("UTF-8");
        assertThat(count("select count(*) from poll")).isZero();
        console.say("ana", "Le caf\uFFFD est ferm\uFFFD");
        assertThat(count("select count(*) from voice")).isZero();
    }

    @Test
    void a_single_quote_mark_in_a_free_text_voice_is_writing_not_a_mistake() {
        console.say("ana", "/avis Il a dit \"on verra et puis rien");
        assertThat(console.lastReplyTo("ana")).contains("avis n°1");
        String text = tresse.core().database().inTransaction(handle -> handle.one("select text from voice", row -> row.getString(1)))
                .orElseThrow();
        assertThat(text).isEqualTo("Il a dit \"on verra et puis rien");
    }

    @Test
    void a_question_of_quotes_alone_is_refused() {
        console.say("ana", "/sondage \"«»\"");
        assertThat(console.lastReplyTo("ana")).contains("ne pose aucune question");
        console.say("ana", "/sondage « — »");
        assertThat(console.lastReplyTo("ana")).contains("ne pose aucune question");
        assertThat(count("select count(*) from poll")).isZero();
    }

    @Test
    void a_bare_double_dash_is_not_an_option_label() {
        console.say("ana", "/sondage \"Quel jour ?\" lundi -- mardi");
        assertThat(console.lastReplyTo("ana")).contains("« -- » ne peut pas être une option");
        assertThat(count("select count(*) from poll")).isZero();
    }

    /**
     * A name pasted with an invisible character, or typed on a full-width keyboard, is the command
     * it shows: before, "/ai\u200Bde" was told "unknown /aide, did you mean /aide?".
     */
    @Test
    void a_command_or_option_with_an_invisible_or_full_width_letter_is_the_one_it_shows() {
        console.say("ana", "/ai\u200Bde");
        assertThat(console.lastReplyTo("ana")).doesNotContain("Je ne connais pas").contains("/sondage");
        console.say("ana", "/\uFF41\uFF49\uFF44\uFF45 sondage");
        assertThat(console.lastReplyTo("ana")).doesNotContain("Je ne connais pas").contains("/sondage \"Question ?\"");
        console.say("ana", "/avis Le four chauffe mal --anony\u2060me");
        assertThat(console.lastReplyTo("ana")).doesNotContain("n’existe pas").contains("avis anonyme est transmis");
        assertThat(count("select count(*) from voice where anonymous")).isOne();
    }

    private long count(String sql) {
        return tresse.core().database().inTransaction(handle -> handle.count(sql));
    }
}
