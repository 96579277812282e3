package org.tresse.commands.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** Deadlines across a restart, reminders, linked identities, secret ballots, channels. */
@StoreTest
class PollLifecycleTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void a_poll_closes_at_its_deadline_even_across_a_restart() {
        TestTresse before = Village.build(db.database());
        MemoryChannel console = before.channel("console");
        console.say("ana", "/moi");
        Village.members(before, "ana", "bob");
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --jusqua 3j --quorum 50%");
        console.say("bob", "/vote 1 pour");
        console.say("ana", "/vote 1 pour");
        assertThat(Village.count(before, "select count(*) from poll where closed_at is null")).isEqualTo(1);

        MutableClock later = MutableClock.atVillageMorning();
        later.advance(Duration.ofDays(5));
        TestTresse after = Village.build(db.database(), later, ChannelCapabilities.plainText());
        after.advance(Duration.ZERO);
        assertThat(after.channel("console").lastReplyTo("ana")).contains("Résultat du sondage n°1").contains("Adoptée.")
                .contains("2 sur 2 (100 %)").contains("quorum de 1 atteint").contains("Décision enregistrée au registre : n°1");
        assertThat(Village.count(after, "select count(*) from decision where poll_id = 1 and outcome = 'ADOPTED'")).isEqualTo(1);
        after.advance(Duration.ofDays(1));
        assertThat(Village.count(after, "select count(*) from decision")).isEqualTo(1);
    }

    @Test
    void those_who_have_not_voted_get_a_reminder_in_private() {
        TestTresse tresse = Village.build(db.database());
        MemoryChannel console = tresse.channel("console");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob", "chloe");
        console.say("ana", "/sondage \"Date de l’AG ?\" \"12 avril\" \"19 avril\" --jusqua 3j --rappel 24h");
        assertThat(console.lastReplyTo("ana")).contains("Rappel en privé à qui n’a pas voté : lundi 4 mars 2024 à 10:00");
        console.say("bob", "/vote 1 1");
        tresse.advance(Duration.ofHours(47));
        assertThat(console.repliesTo("chloe")).noneMatch(text -> text.contains("Rappel"));
        tresse.advance(Duration.ofHours(2));
        assertThat(console.lastReplyTo("chloe")).contains("Rappel : le sondage n°1 « Date de l’AG ? » se termine le mardi 5 mars 2024 à 10:00")
                .contains("/vote 1");
        assertThat(console.lastReplyTo("ana")).contains("Rappel");
        assertThat(console.repliesTo("bob")).noneMatch(text -> text.contains("Rappel"));
    }

    @Test
    void a_vote_from_a_linked_identity_replaces_the_earlier_one() {
        TestTresse tresse = Village.build(db.database());
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob");
        for (String flags : List.of("", " --secret")) {
            console.say("ana", "/sondage \"Quelle couleur ?\" rouge vert" + flags);
        }
        console.say("bob", "/vote 1 rouge");
        console.say("bob", "/vote 2 rouge");
        console.say("bob", "/lier");
        String code = console.lastReplyTo("bob").replaceAll("(?s).*code de liaison : ([A-Z0-9]{6}).*", "$1");
        telegram.say("555", "/lier " + code);
        telegram.say("555", "/lier " + code + " oui");
        telegram.say("555", "/vote 1 vert");
        assertThat(telegram.lastReplyTo("555")).contains("est changé : vert");
        telegram.say("555", "/vote 2 vert");
        assertThat(telegram.lastReplyTo("555")).contains("Votre vote secret au sondage n°2").contains("est changé").doesNotContain("vert");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("1. rouge — 0 voix").contains("2. vert — 1 voix").contains("Participation : 1 sur 2");
        console.say("ana", "/resultats 2");
        assertThat(console.lastReplyTo("ana")).contains("publiés à la clôture"); // a secret poll: at close, unless asked
        console.say("ana", "/clore 2");
        assertThat(console.lastReplyTo("ana")).contains("1. rouge — 0 voix").contains("2. vert — 1 voix").contains("Participation : 1 sur 2");
    }

    @Test
    void a_secret_ballot_never_shows_a_choice_and_cannot_be_cast_in_a_group() {
        TestTresse tresse = Village.build(db.database());
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        Village.members(tresse, "ana", "bob", "chloe");
        console.say("ana", "/sondage \"Élire la trésorière\" Maëlle Pauline --secret --groupe cafe --public");
        assertThat(telegram.lastReplyTo("cafe-room")).contains("vote secret").contains("votez en message privé");
        telegram.sayIn("cafe-room", "777", "/vote 1 Maëlle");
        assertThat(telegram.lastReplyTo("cafe-room")).contains("est secret").contains("Je n’ai rien enregistré");
        console.say("bob", "/vote 1 maelle");
        console.say("chloe", "/vote 1 Pauline");
        assertThat(console.lastReplyTo("chloe")).contains("Votre vote secret").doesNotContain("Pauline");
        assertThat(Village.count(tresse, "select count(*) from outbox where lower(content) like '%pauline%' and recipient = 'chloe'")).isZero();
        assertThat(Village.count(tresse, "select count(*) from ballot where person_id is not null or cast_at is not null")).isZero();
        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("1. Maëlle — 1 voix").contains("2. Pauline — 1 voix").contains("Égalité entre : Maëlle, Pauline");
    }

    @Test
    void group_rooms_see_a_tally_updated_at_most_every_30_seconds_and_native_answers_count() {
        TestTresse tresse = Village.build(db.database(), MutableClock.atVillageMorning(), Village.EDITABLE);
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        console.say("ana", "/sondage \"Fête de la musique ?\" --groupe cafe --public");
        Delivered presentation = last(telegram, "cafe-room");
        assertThat(presentation.content().poll().key()).isEqualTo("1");
        assertThat(presentation.content().poll().options()).containsExactly("Pour", "Contre", "Abstention");
        assertThat(presentation.content().buttons()).hasSize(3);
        assertThat(presentation.content().buttons().get(1).get(0).data()).isEqualTo("v:1:2");

        telegram.answerPoll("cafe-room", RoomKind.GROUP, "11", "1", List.of(1));
        assertThat(telegram.lastReplyTo("11")).contains("C’est noté pour le sondage n°1").contains("Pour");
        Delivered tally = last(telegram, "cafe-room");
        assertThat(tally.text()).contains("Résultats provisoires").contains("Pour : 1");
        int messagesInRoom = telegram.repliesTo("cafe-room").size();

        telegram.press("cafe-room", RoomKind.GROUP, "12", "v:1:2");
        assertThat(telegram.lastReplyTo("12")).contains("Contre");
        telegram.answerPoll("cafe-room", RoomKind.GROUP, "13", "1", List.of(9));
        assertThat(telegram.lastReplyTo("13")).contains("Il n’y a pas d’option 9");
        assertThat(telegram.repliesTo("cafe-room")).hasSize(messagesInRoom);

        tresse.advance(Duration.ofSeconds(30));
        Delivered edited = last(telegram, "cafe-room");
        assertThat(edited.content().edits()).isNotNull();
        assertThat(edited.text()).contains("Pour : 1 · Contre : 1");
        telegram.answerPoll("cafe-room", RoomKind.GROUP, "12", "1", List.of());
        assertThat(telegram.lastReplyTo("12")).contains("est retiré");
        console.say("ana", "/clore 1");
        Delivered result = telegram.delivered().stream().filter(message -> message.to().equals("cafe-room")
                && message.content().poll() != null && message.content().poll().closed()).findFirst().orElseThrow();
        assertThat(result.text()).contains("Résultat du sondage n°1").contains("Adoptée");
    }

    @Test
    void buttons_toggle_options_of_a_multiple_choice_and_a_vote_can_be_withdrawn() {
        TestTresse tresse = Village.build(db.database(), MutableClock.atVillageMorning(), Village.EDITABLE);
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        console.say("ana", "/sondage \"Quels ateliers ?\" couture vélo cuisine --type multiple --max 2 --public --groupe cafe");
        telegram.press("cafe-room", RoomKind.GROUP, "21", "v:1:1");
        telegram.press("cafe-room", RoomKind.GROUP, "21", "v:1:3");
        assertThat(telegram.lastReplyTo("21")).contains("couture, cuisine");
        telegram.press("cafe-room", RoomKind.GROUP, "21", "v:1:2");
        assertThat(telegram.lastReplyTo("21")).contains("3 options ; ce sondage en accepte 2 au plus");
        telegram.press("cafe-room", RoomKind.GROUP, "21", "v:1:1");
        assertThat(telegram.lastReplyTo("21")).contains("est changé : cuisine.");
        telegram.press("cafe-room", RoomKind.GROUP, "21", "v:99:1");
        assertThat(telegram.lastReplyTo("21")).contains("Il n’y a pas de sondage n°99");
        telegram.say("21", "/vote 1 retirer");
        assertThat(telegram.lastReplyTo("21")).contains("Votre vote au sondage n°1 est retiré");
        telegram.say("21", "/vote 1 retirer");
        assertThat(telegram.lastReplyTo("21")).contains("Vous n’aviez pas voté");
        assertThat(Village.count(tresse, "select count(*) from ballot")).isZero();
    }

    private static Delivered last(MemoryChannel channel, String to) {
        List<Delivered> all = channel.delivered().stream().filter(message -> message.to().equals(to)).toList();
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
