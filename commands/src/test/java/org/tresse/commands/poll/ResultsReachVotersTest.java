package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.testkit.TestTresse;

/** Each voter gets the result where they voted, once (issue 13, item 9). */
@StoreTest
class ResultsReachVotersTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;

    @BeforeEach
    void village() {
        tresse = Village.build(db.database());
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob", "chloe", "dan");
    }

    @Test
    void every_voter_hears_the_result_in_the_console_and_the_closer_once() {
        console.say("ana", "/sondage \"Acheter un four ?\"");
        console.say("ana", "/vote 1 pour");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 contre");
        console.clear();
        console.say("ana", "/clore 1");

        assertThat(console.repliesTo("bob")).singleElement().asString().contains("Résultat du sondage n°1");
        assertThat(console.repliesTo("chloe")).singleElement().asString().contains("Résultat du sondage n°1");
        assertThat(console.repliesTo("ana")).singleElement().asString().contains("Résultat du sondage n°1");
        assertThat(console.repliesTo("dan")).isEmpty();
    }

    @Test
    void a_voter_in_the_group_room_reads_it_there_and_gets_no_private_copy() {
        telegram.sayIn("cafe-room", "eve", "/moi");
        console.say("ana", "/rejoindre cafe");
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\" --groupe cafe --public");
        telegram.sayIn("cafe-room", "eve", "/vote 1 pour");
        console.say("ana", "/vote 1 pour");
        telegram.clear();
        console.clear();
        console.say("ana", "/clore 1");

        assertThat(telegram.repliesTo("cafe-room")).anyMatch(text -> text.contains("Résultat du sondage n°1"));
        assertThat(telegram.repliesTo("eve")).isEmpty();
        assertThat(console.repliesTo("ana")).singleElement().asString().contains("Résultat du sondage n°1");
    }

    @Test
    void a_secret_poll_tells_no_voter_one_by_one() {
        console.say("ana", "/sondage \"Élire Bob ?\" --secret");
        console.say("bob", "/vote 1 pour");
        console.clear();
        console.say("ana", "/clore 1");
        assertThat(console.repliesTo("bob")).isEmpty();
        assertThat(console.lastReplyTo("ana")).contains("Résultat du sondage n°1");
    }

    @Test
    void a_consultation_result_points_to_its_answers() {
        console.say("ana", "/sondage \"Que manque-t-il au village ?\" --type consultation");
        console.say("bob", "/vote 1 un banc");
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("1 réponse(s).")
                .contains("/avis-liste #consultation");
        assertThat(console.lastReplyTo("bob")).contains("Résultat du sondage n°1");
    }
}
