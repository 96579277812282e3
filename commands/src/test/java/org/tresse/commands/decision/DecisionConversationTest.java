package org.tresse.commands.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.groups.Group;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** The register through commands, on the real router. Saturday 2 March 2024, 10:00. */
@StoreTest
class DecisionConversationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = WithCommands.tresse(db.database())
                .setup(core -> core.database().useTransaction(handle -> core.groups().define(handle, new Group("cafe", "Café", true))))
                .build();
        console = tresse.channel("console");
        console.say("ana", "/moi");
    }

    @Test
    void a_coordinator_records_amends_and_cancels_and_everyone_reads_the_history() {
        console.say("ana", "/decision \"Horaires du café\" \"Le café ouvre le dimanche de 10 h à 13 h\" --groupe cafe --date 01/03/2024");
        assertThat(console.lastReplyTo("ana")).contains("C’est enregistré : décision n°1 « Horaires du café »");
        console.say("ana", "/decision 1 modifier \"Le café ouvre le dimanche de 9 h à 13 h\"");
        assertThat(console.lastReplyTo("ana")).contains("nouvelle révision (1 en tout)");
        console.say("bob", "/decision 1");
        assertThat(console.lastReplyTo("bob")).contains("Décision n°1").contains("Le vendredi 1 mars 2024 · décidée en réunion · groupe cafe")
                .contains("de 9 h à 13 h").contains("Provenance : réunion, enregistrée par ana")
                .contains("modifiée par ana").contains("texte « Le café ouvre le dimanche de 9 h à 13 h »");
        console.say("bob", "/decision 1 annuler \"parce que\"");
        assertThat(console.lastReplyTo("bob")).contains("réservé à la coordination");
        console.say("ana", "/decision 1 annuler \"Remplacée par la décision 2\"");
        console.say("bob", "/decision 1");
        assertThat(console.lastReplyTo("bob")).contains("[annulée]").contains("annulée par ana : « Remplacée par la décision 2 »")
                .contains("de 9 h à 13 h");
        console.say("ana", "/decision 1 annuler \"encore\"");
        assertThat(console.lastReplyTo("ana")).contains("déjà annulée");
    }

    @Test
    void the_register_is_searched_newest_first_and_paged() {
        for (int day = 1; day <= 12; day++) {
            console.say("ana", String.format("/decision \"Décision %d\" \"%s\" --date %02d/02/2024", day,
                    day % 2 == 0 ? "Le café ouvre" : "La ressourcerie trie", day));
        }
        console.say("bob", "/decisions");
        assertThat(console.lastReplyTo("bob")).contains("Le registre des décisions (12)").contains("n°12 — lundi 12 février 2024 — Décision 12")
                .contains("Page 1 sur 2. /decisions --page 2").doesNotContain("Décision 2 ");
        console.say("bob", "/decisions --page 2");
        assertThat(console.lastReplyTo("bob")).contains("Décision 2 ").contains("Décision 1 ").doesNotContain("Décision 12");
        console.say("bob", "/decisions CAFÉ --depuis 06/02/2024");
        assertThat(console.lastReplyTo("bob")).contains("(4)").contains("Décision 12").contains("Décision 6 ").doesNotContain("Décision 4 ");
        console.say("bob", "/decisions piscine");
        assertThat(console.lastReplyTo("bob")).contains("Aucune décision ne correspond");
    }

    @Test
    void bad_register_commands_are_refused() {
        console.say("bob", "/decision \"Titre\" \"Texte\"");
        assertThat(console.lastReplyTo("bob")).contains("réservé à la coordination");
        console.say("ana", "/decision Titre sans guillemets");
        assertThat(console.lastReplyTo("ana")).contains("Mettez le titre et le texte entre guillemets");
        console.say("ana", "/decision \"Titre\" \"Texte\" --date 01/01/2030");
        assertThat(console.lastReplyTo("ana")).contains("dans le futur");
        console.say("ana", "/decision \"Titre\" \"Texte\" --date bientot");
        assertThat(console.lastReplyTo("ana")).contains("Je n’ai pas compris la date « bientot »");
        console.say("ana", "/decision 42");
        assertThat(console.lastReplyTo("ana")).contains("Il n’y a pas de décision n°42");
        console.say("ana", "/decisions --page zero");
        assertThat(console.lastReplyTo("ana")).contains("--page attend un numéro");
        long count = tresse.core().database().inTransaction(handle -> handle.count("select count(*) from decision"));
        assertThat(count).isZero();
    }
}
