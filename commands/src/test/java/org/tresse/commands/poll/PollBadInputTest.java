package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** Every mistake gets a clear answer, and nothing changes. Saturday 2 March 2024, 10:00. */
@StoreTest
class PollBadInputTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        tresse = Village.build(db.database());
        console = tresse.channel("console");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob");
        console.say("ana", "/sondage \"Quel jour ?\" samedi dimanche");
        console.say("ana", "/sondage \"Classez\" A B C --type classement");
        console.say("ana", "/sondage \"Notez\" A B --type jugement");
    }

    @Test
    void bad_votes_are_refused_and_nothing_is_recorded() {
        expectVote("/vote 99 samedi", "Il n’y a pas de sondage n°99");
        expectVote("/vote abc samedi", "« abc » n’est pas un numéro de sondage");
        expectVote("/vote 1 5", "Il n’y a pas d’option 5 : ce sondage en a 2 (1. samedi, 2. dimanche)");
        expectVote("/vote 1 lundi", "Je ne trouve pas l’option « lundi »");
        expectVote("/vote 1", "Il manque votre choix");
        expectVote("/vote 2 A>B>A", "Vous nommez « A » deux fois");
        expectVote("/vote 3 A=génial", "La mention « génial » n’existe pas");
        expectVote("/vote 3 bien", "Donnez une mention à chaque option");
        console.say("zoe", "/vote 1 samedi");
        assertThat(console.lastReplyTo("zoe")).contains("réservé aux membres de l’association");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isZero();
        console.say("ana", "/clore 1");
        expectVote("/vote 1 samedi", "Le sondage n°1 est clos");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isZero();
    }

    @Test
    void bad_polls_are_refused_and_nothing_is_created() {
        expectPoll("/sondage \"Q ?\" seule", "Il faut au moins deux options");
        List<String> options = new ArrayList<>();
        for (int index = 1; index <= 21; index++) {
            options.add("o" + index);
        }
        expectPoll("/sondage \"Q ?\" " + String.join(" ", options), "C’est trop d’options : 21, le maximum est 20");
        expectPoll("/sondage \"Q ?\" --jusqua \"01/03 20h\"", "La date « 01/03 20h » est déjà passée");
        expectPoll("/sondage \"Q ?\" --jusqua hier", "Je n’ai pas compris la date « hier »");
        expectPoll("/sondage \"Q ?\" --jusqua bientot", "Exemples : --jusqua \"dimanche 20h\"");
        expectPoll("/sondage \"Q ?\" --type vote-a-main-levee", "Je ne connais pas le type « vote-a-main-levee »");
        expectPoll("/sondage \"Q ?\" --quorum beaucoup", "Je n’ai pas compris le quorum « beaucoup »");
        expectPoll("/sondage \"Q ?\" --seuil 5/3", "Je n’ai pas compris le seuil « 5/3 »");
        expectPoll("/sondage \"Q ?\" a b --max 2", "--max ne vaut que pour un choix multiple");
        expectPoll("/sondage \"Q ?\" --rappel 24h", "Un rappel a besoin d’une date de clôture");
        expectPoll("/sondage \"Q ?\" --jusqua 2h --rappel 24h", "Le rappel tomberait avant maintenant");
        expectPoll("/sondage \"Q ?\" oui non --seuil 2/3", "ne valent que pour une proposition");
        expectPoll("/sondage \"Q ?\" a A", "L’option « A » est écrite deux fois");
        expectPoll("/sondage \"Q ?\" --public --quorum 10%", "donnez le quorum en nombre");
        expectPoll("/sondage \"Q ?\" --groupe piscine", "Le groupe « piscine » n’existe pas");
    }

    @Test
    void a_quorum_above_the_eligible_voters_is_accepted_with_a_warning() {
        console.say("ana", "/sondage \"Dissoudre l’association ?\" --quorum 10");
        assertThat(console.lastReplyTo("ana")).contains("C’est ouvert : sondage n°4")
                .contains("le quorum (10) est plus grand que le nombre de personnes qui peuvent voter aujourd’hui (2)");
    }

    @Test
    void only_the_author_or_the_coordinators_may_close() {
        console.say("bob", "/clore 1");
        assertThat(console.lastReplyTo("bob")).contains("Seule la personne qui a ouvert le sondage n°1, ou la coordination");
        assertThat(Village.count(tresse, "select count(*) from poll where closed_at is not null")).isZero();
        console.say("bob", "/sondage \"Mon sondage ?\"");
        console.say("bob", "/clore 4");
        assertThat(console.lastReplyTo("bob")).contains("Résultat du sondage n°4");
    }

    private void expectVote(String line, String expected) {
        console.say("bob", line);
        assertThat(console.lastReplyTo("bob")).as(line).contains(expected);
    }

    private void expectPoll(String line, String expected) {
        console.say("ana", line);
        assertThat(console.lastReplyTo("ana")).as(line).contains(expected);
        assertThat(Village.count(tresse, "select count(*) from poll")).as(line).isEqualTo(3);
    }
}
