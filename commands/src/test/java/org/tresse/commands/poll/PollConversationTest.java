package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** Each kind of poll, from opening to result, as people would type it. Saturday 2 March 2024, 10:00. */
@StoreTest
class PollConversationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = Village.build(db.database());
        console = tresse.channel("console");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob", "chloe", "dede");
    }

    @Test
    void a_proposal_by_consent_is_adopted_and_recorded_in_the_register() {
        console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --consentement --jusqua dimanche 20h --quorum 3");
        assertThat(console.repliesTo("ana")).anySatisfy(text -> assertThat(text)
                .contains("Sondage n°1").contains("Ouvrir le café le dimanche ?").contains("1. Pour").contains("4. Blocage")
                .contains("/vote 1 pour").contains("Clôture : dimanche 3 mars 2024 à 20:00").contains("(4 personnes)"));
        assertThat(console.lastReplyTo("ana")).contains("C’est ouvert : sondage n°1").contains("dimanche 3 mars 2024 à 20:00");
        console.say("bob", "/vote 1 pour");
        assertThat(console.lastReplyTo("bob")).contains("C’est noté pour le sondage n°1").contains(": Pour.")
                .contains("jusqu’au dimanche 3 mars 2024 à 20:00");
        console.say("chloe", "/vote 1 POUR");
        console.say("dede", "/vote 1 Abstention");
        console.say("bob", "/resultats 1");
        assertThat(console.lastReplyTo("bob")).contains("Résultats provisoires").contains("Pour : 2 · Contre : 0 · Abstention : 1")
                .contains("Participation : 3 sur 4 (75 %)").contains("quorum de 3 atteint").contains("serait adoptée");
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("Résultat du sondage n°1").contains("Adoptée.")
                .contains("Décision enregistrée au registre : n°1");
        console.say("bob", "/decision 1");
        assertThat(console.lastReplyTo("bob")).contains("Décision n°1").contains("Ouvrir le café le dimanche ?")
                .contains("adoptée par sondage").contains("sondage n°1 — pour : 2, contre : 0, abstention : 1, blocage : 0")
                .contains("3 sur 4 (75 %)").contains("quorum de 3 atteint");
        console.say("bob", "/vote 1 contre");
        assertThat(console.lastReplyTo("bob")).contains("est clos");
    }

    @Test
    void one_block_rejects_a_consent_proposal() {
        console.say("ana", "/sondage \"Repeindre la façade en rose ?\" --consentement");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 je bloque");
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("Rejetée : 1 blocage(s)").contains("Décision enregistrée");
        console.say("ana", "/decision 1");
        assertThat(console.lastReplyTo("ana")).contains("rejetée par sondage");
    }

    @Test
    void a_two_thirds_threshold_counts_expressed_votes_only() {
        console.say("ana", "/sondage \"Modifier les statuts ?\" --seuil 2/3");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 contre");
        console.say("dede", "/vote 1 abstention");
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("Rejetée : le seuil de 2/3 des votes exprimés n’est pas atteint");
    }

    @Test
    void a_single_choice_reports_a_tie_as_a_tie() {
        console.say("ana", "/sondage \"Quel jour pour la fête ?\" samedi dimanche lundi --jusqua 3j");
        assertThat(console.lastReplyTo("ana")).contains("mardi 5 mars 2024 à 10:00");
        console.say("bob", "/vote 1 samedi");
        console.say("chloe", "/vote 1 2");
        console.say("dede", "/vote 1 Lundi");
        console.say("dede", "/vote 1 dimanche");
        assertThat(console.lastReplyTo("dede")).contains("Votre vote au sondage n°1").contains("est changé : dimanche");
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("1. samedi — 1 voix").contains("2. dimanche — 2 voix").contains("Retenu : dimanche");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isEqualTo(3);
    }

    @Test
    void a_multiple_choice_takes_up_to_max_options() {
        console.say("ana", "/sondage \"Quels ateliers ?\" couture vélo cuisine jardin --type multiple --max 2");
        console.say("bob", "/vote 1 couture vélo");
        assertThat(console.lastReplyTo("bob")).contains(": couture, vélo.");
        console.say("chloe", "/vote 1 1,3,4");
        assertThat(console.lastReplyTo("chloe")).contains("3 options ; ce sondage en accepte 2 au plus");
        console.say("chloe", "/vote 1 velo");
        console.say("bob", "/resultats 1");
        assertThat(console.lastReplyTo("bob")).contains("1. couture — 1 voix").contains("2. vélo — 2 voix").contains("En tête : vélo");
    }

    @Test
    void a_ranking_is_counted_with_schulze_and_shows_its_pairwise_table() {
        console.say("ana", "/sondage \"Quel nom pour le café ?\" \"La Tresse\" \"Le Lien\" \"Chez Nous\" --type classement");
        console.say("bob", "/vote 1 \"Le Lien\">\"La Tresse\">\"Chez Nous\"");
        assertThat(console.lastReplyTo("bob")).contains("Le Lien > La Tresse > Chez Nous");
        console.say("chloe", "/vote 1 2>1");
        console.say("dede", "/vote 1 1>3>2");
        console.say("ana", "/vote 1 B>A>A");
        assertThat(console.lastReplyTo("ana")).contains("Je ne trouve pas l’option « B »");
        console.say("ana", "/vote 1 2>1>2");
        assertThat(console.lastReplyTo("ana")).contains("Vous nommez « Le Lien » deux fois");
        console.say("bob", "/resultats 1 --detail");
        assertThat(console.lastReplyTo("bob")).contains("1. Le Lien").contains("2. La Tresse").contains("En tête : Le Lien")
                .contains("La Tresse contre Le Lien : 1 — 2");
    }

    @Test
    void a_majority_judgment_elects_the_best_median_grade() {
        console.say("ana", "/sondage \"Quel projet pour 2024 ?\" Four Jardin Atelier --type jugement");
        assertThat(console.repliesTo("ana")).anySatisfy(text -> assertThat(text).contains("À rejeter"));
        console.say("bob", "/vote 1 Four=très bien Jardin=bien Atelier=passable");
        assertThat(console.lastReplyTo("bob")).contains("Four : Très bien ; Jardin : Bien ; Atelier : Passable");
        console.say("chloe", "/vote 1 1=bien 2=excellent");
        assertThat(console.lastReplyTo("chloe")).contains("Atelier : sans mention (compte À rejeter)");
        console.say("dede", "/vote 1 1=bien 2=TB 3=génial");
        assertThat(console.lastReplyTo("dede")).contains("La mention « génial » n’existe pas");
        console.say("dede", "/vote 1 1=assez-bien 2=assez bien 3=insuffisant");
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("1. Jardin — mention majoritaire : Bien").contains("Retenu : Jardin")
                .contains("Même mention majoritaire");
    }

    @Test
    void a_consultation_collects_free_answers_for_its_author() {
        console.say("ana", "/sondage \"Que voudriez-vous à la ressourcerie ?\" --type consultation --public");
        console.say("zoe", "/vote 1 Plus de livres pour enfants");
        assertThat(console.lastReplyTo("zoe")).contains("votre réponse au n°1 est enregistrée");
        console.say("bob", "/vote 1 \"Un atelier vélo\"");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("2 réponse(s)").contains("Plus de livres pour enfants").contains("Un atelier vélo");
        console.say("zoe", "/resultats 1");
        assertThat(console.lastReplyTo("zoe")).contains("2 réponse(s)").doesNotContain("Plus de livres");
        assertThat(Village.count(tresse, "select count(*) from consultation_answer where person_id is not null")).isEqualTo(2);
    }

    @Test
    void a_long_consultation_answer_is_kept_whole_with_its_quotes_dashes_and_paragraphs() {
        console.say("ana", "/sondage \"Que voudriez-vous à la ressourcerie ?\" --type consultation --public");
        String answer = "Un coin \"réparation pour les vélos -- avec des outils\n\n" + "et des bénévoles le samedi ".repeat(20)
                + "\n\nMerci à toute l'équipe !";

        console.say("zoe", "/vote 1 " + answer);

        assertThat(console.lastReplyTo("zoe")).contains("votre réponse au n°1 est enregistrée");
        Optional<String> kept = tresse.core().database().inTransaction(handle -> handle.one("select text from consultation_answer",
                row -> row.getString(1)));
        assertThat(kept).contains(answer);
    }

    @Test
    void hidden_results_stay_hidden_until_close() {
        console.say("ana", "/sondage \"Budget fête ?\" 100 200 --resultats-caches --jusqua 2j");
        console.say("bob", "/vote 1 200");
        console.say("bob", "/resultats 1");
        assertThat(console.lastReplyTo("bob")).contains("seront publiés à la clôture (lundi 4 mars 2024 à 10:00)")
                .contains("1 vote(s)").doesNotContain("200 —");
        tresse.advance(Duration.ofDays(2));
        console.say("bob", "/resultats 1");
        assertThat(console.lastReplyTo("bob")).contains("Résultat du sondage n°1").contains("2. 200 — 1 voix");
    }

    @Test
    void a_group_poll_is_only_for_its_members() {
        console.say("ana", "/sondage \"Nouvelle carte ?\" --groupe cafe");
        assertThat(console.lastReplyTo("ana")).contains("Aussi présenté dans 1 salon(s)");
        assertThat(tresse.channel("telegram").lastReplyTo("cafe-room")).contains("Sondage n°1").contains("les membres du groupe cafe");
        console.say("bob", "/vote 1 pour");
        assertThat(console.lastReplyTo("bob")).contains("réservé aux membres du groupe cafe").contains("/rejoindre cafe");
        console.say("bob", "/rejoindre cafe");
        console.say("bob", "/vote 1 pour");
        assertThat(console.lastReplyTo("bob")).contains("C’est noté");
    }

    @Test
    void a_public_poll_is_open_to_residents_but_a_members_poll_is_not() {
        console.say("ana", "/sondage \"Un marché le jeudi ?\" --public");
        console.say("ana", "/sondage \"Augmenter la cotisation ?\"");
        console.say("zoe", "/vote 1 oui");
        assertThat(console.lastReplyTo("zoe")).contains("C’est noté pour le sondage n°1").contains("Pour");
        console.say("zoe", "/vote 2 oui");
        assertThat(console.lastReplyTo("zoe")).contains("réservé aux membres de l’association");
        console.say("zoe", "/sondage \"Je peux ?\"");
        assertThat(console.lastReplyTo("zoe")).contains("/sondage est réservé");
    }

    @Test
    void open_polls_are_listed() {
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\" --jusqua demain 18h");
        console.say("ana", "/sondage \"Quel jour ?\" lundi mardi");
        console.say("bob", "/vote 2 lundi");
        console.say("bob", "/sondages");
        assertThat(console.lastReplyTo("bob")).contains("n°1 — Ouvrir le dimanche ? (proposition, jusqu’au dimanche 3 mars 2024 à 18:00)")
                .contains("n°2 — Quel jour ? (choix unique) — vous avez voté");
    }

    @Test
    void english_speakers_get_english() {
        console.say("bob", "/language en");
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\" --jusqua \"sunday 8pm\"");
        console.say("bob", "/vote 1 for");
        assertThat(console.lastReplyTo("bob")).contains("Noted for poll #1").contains(": For.").contains("Sunday 3 March 2024 at 20:00");
        console.say("bob", "/results 1");
        assertThat(console.lastReplyTo("bob")).contains("Provisional results").contains("For: 1 · Against: 0");
    }
}
