package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** A poster's code opens https://t.me/bot?start=p12: Telegram sends /start p12 and poll 12 opens in private. */
@StoreTest
class DeepLinkTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;
    MemoryChannel console;
    MemoryChannel telegram;

    @BeforeEach
    void start() {
        tresse = Village.build(db.database(), org.tresse.testkit.MutableClock.atVillageMorning(), Village.EDITABLE);
        console = tresse.channel("console");
        telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        Village.members(tresse, "ana");
        for (int poll = 1; poll <= 11; poll++) {
            console.say("ana", "/sondage \"Question " + poll + " ?\" --public");
        }
        console.say("ana", "/sondage \"Quel jour pour la fête ?\" samedi dimanche --public --jusqua 3j");
    }

    @Test
    void start_p12_shows_poll_12_in_private_with_its_buttons_and_a_press_votes() {
        telegram.clear();
        telegram.say("777", "/start p12");
        Delivered ballot = telegram.delivered().get(telegram.delivered().size() - 1);
        assertThat(ballot.to()).isEqualTo("777");
        assertThat(ballot.text()).contains("Sondage n°12").contains("Quel jour pour la fête ?").contains("1. samedi").contains("2. dimanche")
                .contains("/vote 12");
        assertThat(ballot.content().poll()).isNotNull();
        assertThat(ballot.content().poll().key()).isEqualTo("12");
        assertThat(ballot.content().buttons()).flatExtracting(row -> row).extracting(button -> button.data())
                .containsExactly("v:12:1", "v:12:2");
        telegram.press("777", RoomKind.PRIVATE, "777", "v:12:2");
        assertThat(telegram.lastReplyTo("777")).contains("sondage n°12").contains("dimanche");
        assertThat(Village.count(tresse, "select count(*) from ballot where poll_id = 12")).isEqualTo(1);
    }

    @Test
    void start_alone_says_hello_and_a_stale_or_closed_link_says_what_it_leads_to() {
        telegram.say("777", "/start");
        assertThat(telegram.lastReplyTo("777")).startsWith("Bonjour !").contains("/aide");
        telegram.say("777", "/start p99");
        assertThat(telegram.lastReplyTo("777")).isEqualTo("Il n’y a pas de sondage n°99. La liste des sondages en cours : /sondages");
        telegram.say("777", "/start abc");
        assertThat(telegram.lastReplyTo("777")).startsWith("Ce lien ne mène à rien que je connaisse.");
        console.say("ana", "/clore 12");
        telegram.say("777", "/start p12");
        assertThat(telegram.lastReplyTo("777")).isEqualTo("Le sondage n°12 est clos : on ne peut plus voter. Ses résultats : /resultats 12");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isZero();
    }

    @Test
    void start_in_a_group_answers_in_private() {
        telegram.sayIn("cafe-room", "777", "/start p12");
        assertThat(telegram.repliesTo("cafe-room")).isEmpty();
        assertThat(telegram.lastReplyTo("777")).contains("Sondage n°12");
        assertThat(List.of(telegram.delivered().get(telegram.delivered().size() - 1).content().poll().key())).containsExactly("12");
    }
}
