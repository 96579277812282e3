package org.tresse.commands.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** A date poll (oui / si besoin / non) ranks its dates; its close creates the event planned for it. */
@StoreTest
class DatePollEventTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void a_date_poll_turned_into_an_event_counts_those_who_said_yes_as_coming() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob", "chloe", "dan");
        console.say("ana", "/sondage \"Date de l’AG ?\" \"mardi 12 mars 20h\" \"jeudi 14 mars 20h\" \"samedi 16 mars 10h\" --type dates --jusqua 3j");
        assertThat(console.lastReplyTo("ana")).contains("sondage n°1 « Date de l’AG ? »");
        List<String> presentation = console.repliesTo("ana");
        assertThat(presentation).anyMatch(text -> text.contains("1. mardi 12 mars 2024 à 20:00") && text.contains("/vote 1 1=oui 2=\"si besoin\""));

        console.say("ana", "/evenement \"AG de printemps\" --sondage 1 --lieu La Vayssade --duree 2h30");
        assertThat(console.lastReplyTo("ana")).contains("« AG de printemps » sera créé à la meilleure date du sondage n°1");
        console.say("bob", "/vote 1 2");
        assertThat(console.lastReplyTo("bob")).contains("jeudi 14 mars 2024 à 20:00 : Oui", "mardi 12 mars 2024 à 20:00 : Non");
        console.say("chloe", "/vote 1 1=oui 2=si besoin 3=non");
        assertThat(console.lastReplyTo("chloe")).contains("jeudi 14 mars 2024 à 20:00 : Si besoin");
        console.say("dan", "/vote 1 oui oui non");
        console.say("ana", "/vote 1 3");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("1. jeudi 14 mars 2024 à 20:00 — 2 oui, 1 si besoin, 1 non",
                "2. mardi 12 mars 2024 à 20:00 — 2 oui, 0 si besoin, 2 non", "En tête : jeudi 14 mars 2024 à 20:00");

        village.tresse.advance(Duration.ofDays(3));
        // bob hears the date chosen, and the result as every voter does
        assertThat(console.repliesTo("bob")).anyMatch(text -> text.contains("Le sondage n°1 a choisi sa date : « AG de printemps » "
                + "(événement n°1) aura lieu jeudi 14 mars 2024 à 20:00") && text.contains("je vous compte présent·e"))
                .anyMatch(text -> text.contains("Date retenue : jeudi 14 mars 2024 à 20:00"));
        assertThat(console.repliesTo("ana")).anyMatch(text -> text.contains("Date retenue : jeudi 14 mars 2024 à 20:00"))
                .anyMatch(text -> text.contains("Événement n°1 : AG de printemps") && text.contains("Réponses : 2 oui"));
        assertThat(console.repliesTo("chloe")).noneMatch(text -> text.contains("je vous compte"));
        console.say("chloe", "/participe 1 oui");
        assertThat(console.lastReplyTo("chloe")).contains("vous venez à « AG de printemps »", "jeudi 14 mars 2024 à 20:00");
        assertThat(village.count("select count(*) from event where poll_id = 1 and duration_minutes = 150 and place = 'La Vayssade'"))
                .isEqualTo(1);
    }

    @Test
    void date_buttons_say_which_dates_suit_and_bad_dates_are_refused() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel telegram = village.tresse.channel("telegram");
        console.say("ana", "/moi");
        console.say("ana", "/sondage \"Quand ?\" \"mardi 12 mars 20h\" \"31 février 20h\" --type dates");
        assertThat(console.lastReplyTo("ana")).contains("ce jour n’existe pas");
        console.say("ana", "/sondage \"Quand ?\" \"mardi 12 mars 20h\" \"1er mars 20h\" --type dates");
        assertThat(console.lastReplyTo("ana")).contains("déjà passée");
        console.say("ana", "/sondage \"Quand ?\" \"mardi 12 mars 20h\" \"jeudi 14 mars 20h\" --type dates --groupe cafe --public");
        Delivered shown = EventConversationTest.last(telegram, "cafe-room");
        assertThat(shown.content().buttons()).hasSize(2);
        telegram.press("cafe-room", RoomKind.GROUP, "31", "v:1:2");
        assertThat(telegram.lastReplyTo("31")).contains("jeudi 14 mars 2024 à 20:00 : Oui", "mardi 12 mars 2024 à 20:00 : Non");
        telegram.press("cafe-room", RoomKind.GROUP, "31", "v:1:1");
        assertThat(telegram.lastReplyTo("31")).contains("mardi 12 mars 2024 à 20:00 : Oui", "jeudi 14 mars 2024 à 20:00 : Oui");
        telegram.press("cafe-room", RoomKind.GROUP, "31", "v:1:2");
        assertThat(telegram.lastReplyTo("31")).contains("jeudi 14 mars 2024 à 20:00 : Non");
        telegram.say("31", "/vote 1 oui");
        assertThat(telegram.lastReplyTo("31")).contains("propose 2 dates et votre réponse en donne 1");
        telegram.say("31", "/vote 1 1=jamais");
        assertThat(telegram.lastReplyTo("31")).contains("« jamais » n’est pas une réponse", "oui, si besoin ou non");
        console.say("ana", "/evenement \"Réunion\" --sondage 1 --le samedi 10h");
        console.say("ana", "/sondage \"Pizza ?\"");
        console.say("ana", "/evenement \"Réunion\" --sondage 2");
        assertThat(console.lastReplyTo("ana")).contains("Le sondage n°2 n’est pas un sondage de dates");
    }
}
