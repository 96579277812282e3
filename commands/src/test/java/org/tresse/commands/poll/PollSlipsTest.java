package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** A volunteer's slips when opening a poll (issue 13, items 5 and 6): a right result or the line to copy. */
@StoreTest
class PollSlipsTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void village() {
        tresse = Village.build(db.database());
        console = tresse.channel("console");
        console.say("ana", "/moi");
        Village.members(tresse, "ana");
    }

    @Test
    void an_unquoted_question_gets_the_quoted_line_to_copy_and_opens_nothing() {
        console.say("ana", "/sondage Ouvrir lundi ?");
        assertThat(console.lastReplyTo("ana")).contains("Votre question semble coupée en morceaux")
                .endsWith("/sondage \"Ouvrir lundi ?\"");
        console.say("ana", "/sondage Ouvrir le café le lundi ?");
        assertThat(console.lastReplyTo("ana")).doesNotContain("écrite deux fois")
                .endsWith("/sondage \"Ouvrir le café le lundi ?\"");
        console.say("ana", "/sondage Quel jour pour la fête ? samedi dimanche --type classement");
        assertThat(console.lastReplyTo("ana"))
                .endsWith("/sondage \"Quel jour pour la fête ?\" samedi dimanche --type classement");
        console.say("ana", "/sondage Quel samedi dimanche");
        assertThat(console.lastReplyTo("ana")).endsWith("/sondage \"Quel samedi dimanche\"");
        assertThat(Village.count(tresse, "select count(*) from poll")).isZero();

        console.say("ana", "/sondage Fête samedi dimanche");
        assertThat(console.lastReplyTo("ana")).startsWith("C’est ouvert : sondage n°1 « Fête »");
        console.say("ana", "/sondage \"Ouvrir lundi ?\"");
        assertThat(console.lastReplyTo("ana")).startsWith("C’est ouvert : sondage n°2 « Ouvrir lundi ? »");
    }

    @Test
    void twenty_h_is_a_time_of_day_and_durations_are_written_out() {
        // the village clock: Saturday 2 March 2024, 10:00
        console.say("ana", "/sondage \"Apéro ce soir ?\" --jusqua 20h");
        assertThat(console.lastReplyTo("ana")).contains("Clôture : samedi 2 mars 2024 à 20:00");
        console.say("ana", "/sondage \"Apéro ce soir ?\" --jusqua 20 h");
        assertThat(console.lastReplyTo("ana")).contains("Clôture : samedi 2 mars 2024 à 20:00");
        console.say("ana", "/sondage \"Petit-déjeuner ?\" --jusqua 8h30");
        assertThat(console.lastReplyTo("ana")).contains("Clôture : dimanche 3 mars 2024 à 08:30");
        console.say("ana", "/sondage \"Dimanche ?\" --jusqua dimanche 20 h");
        assertThat(console.lastReplyTo("ana")).contains("Clôture : dimanche 3 mars 2024 à 20:00");
        console.say("ana", "/sondage \"Deux jours ?\" --jusqua \"48 heures\"");
        assertThat(console.lastReplyTo("ana")).contains("Clôture : lundi 4 mars 2024 à 10:00");
        console.say("ana", "/sondage \"Trois jours ?\" --jusqua 3j");
        assertThat(console.lastReplyTo("ana")).contains("Clôture : mardi 5 mars 2024 à 10:00");

        console.say("ana", "/sondage \"Demain ?\" --jusqua 24h");
        assertThat(console.lastReplyTo("ana")).startsWith("« 24h » n’est pas une heure de la journée")
                .contains("--jusqua \"24 heures\"");
        assertThat(Village.count(tresse, "select count(*) from poll")).isEqualTo(6);
    }
}
