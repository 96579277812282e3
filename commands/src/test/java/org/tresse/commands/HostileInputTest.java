package org.tresse.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * What the field trials threw at Tresse (issue 12, items 6 and 7): each gets a clear answer, never
 * the internal error, and changes nothing.
 */
@StoreTest
class HostileInputTest {
    private static final String HUGE = "99999999999999999999";

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

    @ParameterizedTest
    @ValueSource(strings = {"/role #" + HUGE + " membre", "/role #٣ membre", "/avis " + HUGE + " statut clos", "/avis " + HUGE,
            "/avis #" + HUGE + " tag #cafe", "/vote " + HUGE + " 1", "/resultats " + HUGE, "/clore " + HUGE,
            "/repondre " + HUGE + " merci", "/decision " + HUGE, "/decision #" + HUGE + " annuler", "/decisions --page " + HUGE,
            "/sondage \"Q ?\" a b --max " + HUGE, "/sondage \"Q ?\" --quorum " + HUGE, "/sondage \"Q ?\" --seuil " + HUGE + "%",
            "/sondage \"Q ?\" --jusqua " + HUGE + "j", "/sondage \"Q ?\" --rappel " + HUGE + "h", "/annonce " + HUGE,
            "/lier " + HUGE, "/confirmer " + HUGE})
    void a_number_too_big_for_anything_is_answered_clearly_and_changes_nothing(String line) {
        long before = rows();
        console.say("ana", line);
        assertThat(console.lastReplyTo("ana")).doesNotStartWith("Désolé").isNotBlank();
        assertThat(rows()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/\u00A0", "/\u2007", "/\u202F", "/ \u00A0 ", "/\u00A0\u00A0 bonjour"})
    void a_slash_alone_or_before_a_space_says_how_commands_are_written(String line) {
        long before = rows();
        console.say("ana", line);
        assertThat(console.lastReplyTo("ana")).startsWith("Une commande s’écrit / suivi de son nom");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_command_typed_with_a_space_after_the_slash_gets_a_did_you_mean() {
        long before = rows();
        console.say("ana", "/\u00A0aide");
        assertThat(console.lastReplyTo("ana")).isEqualTo("Écrivez /aide, sans espace après la barre oblique.");
        console.say("ana", "/ avis");
        assertThat(console.lastReplyTo("ana")).isEqualTo("Écrivez /avis, sans espace après la barre oblique.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void thousands_of_hashtags_are_answered_and_the_channel_goes_on() {
        console.say("bob", "#t".repeat(1_300));
        assertThat(console.lastReplyTo("bob")).doesNotStartWith("Désolé");
        console.say("bob", "/avis " + "#t".repeat(1_300));
        assertThat(console.lastReplyTo("bob")).doesNotStartWith("Désolé");
        console.say("bob", "Le café est super " + "#t".repeat(1_300));
        assertThat(console.lastReplyTo("bob")).contains("avis n°1");
        String stored = tresse.core().database().inTransaction(handle -> handle.one("select text from voice", row -> row.getString(1)))
                .orElseThrow();
        assertThat(stored).isEqualTo("Le café est super");
    }

    /** Everything a command could have written. */
    private long rows() {
        return tresse.core().database().inTransaction(handle -> handle.count("select (select count(*) from voice) + "
                + "(select count(*) from decision) + (select count(*) from poll) + (select count(*) from person_role where role <> 'RESIDENT') "
                + "+ (select count(*) from announcement) + (select count(*) from subscription)"));
    }
}
