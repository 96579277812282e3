package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** Test polls leave the register clean; any closed poll's result may go to it (issue 13, item 8). */
@StoreTest
class PollCancelAndRecordTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void village() {
        tresse = Village.build(db.database());
        console = tresse.channel("console");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob", "chloe");
    }

    @Test
    void a_cancelled_poll_loses_its_votes_and_leaves_nothing_in_the_register() {
        console.say("bob", "/sondage \"Test ?\"");
        console.say("chloe", "/vote 1 pour");
        console.say("chloe", "/sondage 1 annuler \"c’est un essai\"");
        assertThat(console.lastReplyTo("chloe")).isEqualTo("Seule la personne qui a ouvert le sondage n°1, ou la coordination, peut l’annuler.");
        console.say("bob", "/sondage 1 annuler");
        assertThat(console.lastReplyTo("bob")).contains("Donnez la raison").contains("/sondage 1 annuler");

        console.say("bob", "/sondage 1 annuler \"c’est un essai\"");
        assertThat(console.lastReplyTo("bob"))
                .isEqualTo("Le sondage n°1 « Test ? » est annulé par bob : c’est un essai. Ses votes sont effacés et rien n’est inscrit au registre.");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isZero();
        assertThat(Village.count(tresse, "select count(*) from decision")).isZero();
        console.say("chloe", "/vote 1 contre");
        assertThat(console.lastReplyTo("chloe")).startsWith("Le sondage n°1 est clos");
        console.say("chloe", "/resultats 1");
        assertThat(console.lastReplyTo("chloe")).isEqualTo("Le sondage n°1 a été annulé (c’est un essai) : il n’a pas de résultat.");
        tresse.advance(Duration.ofDays(400));
        assertThat(Village.count(tresse, "select count(*) from decision")).isZero();
    }

    @Test
    void a_proposal_nobody_answered_is_not_a_rejection() {
        console.say("bob", "/sondage \"Repeindre la porte ?\" --jusqua 3j");
        tresse.advance(Duration.ofDays(4));
        assertThat(console.lastReplyTo("bob")).contains("Résultat du sondage n°1").contains("Participation : 0 sur 3")
                .contains("Sans participation : personne n’a répondu. Rien n’est inscrit au registre.").doesNotContain("Rejetée");
        assertThat(Village.count(tresse, "select count(*) from decision")).isZero();
    }

    @Test
    void a_coordinator_records_a_ranking_in_the_register_as_the_closing_message_says() {
        console.say("bob", "/sondage \"Quel jour pour la fête ?\" samedi dimanche lundi --type classement");
        console.say("bob", "/vote 1 dimanche>samedi>lundi");
        console.say("chloe", "/vote 1 dimanche>lundi>samedi");
        console.say("bob", "/clore 1");
        assertThat(console.lastReplyTo("bob")).contains("Retenu : dimanche")
                .contains("Pour inscrire ce résultat au registre des décisions : /decision --sondage 1 (coordination).");

        console.say("bob", "/decision --sondage 1");
        assertThat(console.lastReplyTo("bob")).startsWith("Enregistrer, modifier ou annuler une décision est réservé à la coordination.");
        tresse.core().database().useTransaction(handle -> tresse.core().people().grant(handle,
                tresse.core().people().findByIdentity(handle, new Identity("console", "chloe")).orElseThrow().id(),
                Role.COORDINATOR, Optional.empty()));
        console.say("chloe", "/decision --sondage 1");
        assertThat(console.lastReplyTo("chloe"))
                .isEqualTo("C’est enregistré : décision n°1, le résultat du sondage n°1 « Quel jour pour la fête ? ». Pour la relire : /decision 1");
        console.say("chloe", "/decision --sondage 1");
        assertThat(console.lastReplyTo("chloe")).isEqualTo("Le résultat du sondage n°1 est déjà au registre : décision n°1 (/decision 1).");
        console.say("bob", "/decision 1");
        assertThat(console.lastReplyTo("bob")).contains("Décision n°1 — Quel jour pour la fête ?")
                .contains("retenue par sondage").contains("1. dimanche").contains("Retenu : dimanche")
                .contains("Provenance : sondage n°1, résultat inscrit par chloe");

        console.say("bob", "/sondage \"Encore ouvert ?\"");
        console.say("chloe", "/decision --sondage 2");
        assertThat(console.lastReplyTo("chloe")).startsWith("Le sondage n°2 est encore ouvert");
    }
}
