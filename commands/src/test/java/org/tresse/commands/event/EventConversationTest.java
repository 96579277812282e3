package org.tresse.commands.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** An event created, presented, answered by button, command and native poll; a full event and its waiting list. */
@StoreTest
class EventConversationTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void an_event_is_presented_in_its_group_and_answered_by_button_and_command_with_a_waiting_list() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel telegram = village.tresse.channel("telegram");
        console.say("ana", "/moi");
        village.members("bob", "chloe", "dan");

        console.say("ana", "/evenement \"Apéro du café\" --le samedi 18h --lieu la vayssade --groupe cafe --places 2 --public");
        assertThat(console.lastReplyTo("ana")).contains("Événement n°1 « Apéro du café » créé : samedi 2 mars 2024 à 18:00, La Vayssade");
        Delivered shown = last(telegram, "cafe-room");
        assertThat(shown.text()).contains("Événement n°1 : Apéro du café", "Quand : samedi 2 mars 2024 à 18:00",
                "Où : La Vayssade, 46230 Lalbenque", "2 places libres sur 2");
        assertThat(shown.content().buttons().get(0)).extracting(button -> button.data())
                .containsExactly("e:1:20240302:y", "e:1:20240302:m", "e:1:20240302:n");

        telegram.press("cafe-room", RoomKind.GROUP, "77", "e:1:20240302:y");
        assertThat(telegram.lastReplyTo("77")).contains("C’est noté : vous venez à « Apéro du café »").contains("Places encore libres : 1");
        console.say("bob", "/participe 1 oui");
        assertThat(console.lastReplyTo("bob")).contains("vous venez").contains("Places encore libres : 0");
        console.say("chloe", "/participe 1 oui");
        assertThat(console.lastReplyTo("chloe")).contains("Il n’y a plus de place").contains("vous êtes n°1 sur la liste d’attente");
        console.say("dan", "/rsvp 1 yes");
        assertThat(console.lastReplyTo("dan")).contains("n°2 sur la liste d’attente");
        console.say("dan", "/participe 1 oui");
        assertThat(console.lastReplyTo("dan")).contains("Vous aviez déjà répondu « Oui »");

        console.say("bob", "/participe 1 non");
        assertThat(console.lastReplyTo("bob")).contains("vous ne venez pas");
        assertThat(console.lastReplyTo("chloe")).contains("Une place s’est libérée à « Apéro du café »");
        console.say("ana", "/evenement 1");
        assertThat(console.lastReplyTo("ana")).contains("Réponses : 2 oui, 0 peut-être, 1 non", "1 en liste d’attente",
                "• chloe : Oui", "• bob : Non", "• dan : en liste d’attente", "• 77 : Oui");
        console.say("bob", "/participe 1");
        assertThat(console.lastReplyTo("bob")).contains("Votre réponse : Non.");
        assertThat(village.count("select count(*) from event_rsvp where answer = 'YES' and waiting = false")).isEqualTo(2);
    }

    @Test
    void a_native_poll_in_a_room_answers_oui_peut_etre_non() {
        Lalbenque village = Lalbenque.build(db.database(), MutableClock.atVillageMorning(), Lalbenque.NATIVE);
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel telegram = village.tresse.channel("telegram");
        console.say("ana", "/moi");
        console.say("ana", "/evenement \"Fête du printemps\" --le \"samedi 23 mars 15h\" --groupe cafe --public");
        Delivered shown = last(telegram, "cafe-room");
        assertThat(shown.content().poll().key()).isEqualTo("e1.20240323");
        assertThat(shown.content().poll().options()).containsExactly("Oui", "Peut-être", "Non");
        telegram.answerPoll("cafe-room", RoomKind.GROUP, "55", "e1.20240323", List.of(2));
        assertThat(telegram.lastReplyTo("55")).contains("C’est noté : peut-être à « Fête du printemps »");
        telegram.answerPoll("cafe-room", RoomKind.GROUP, "55", "e1.20240323", List.of());
        assertThat(telegram.lastReplyTo("55")).contains("Je garde votre réponse");
        telegram.answerPoll("cafe-room", RoomKind.GROUP, "56", "e1.20990101", List.of(1));
        assertThat(telegram.lastReplyTo("56")).contains("Ce bouton n’est plus valable");
        // a poll's own answers still go to the polls
        console.say("ana", "/sondage \"Une buvette ?\" --groupe cafe --public");
        telegram.answerPoll("cafe-room", RoomKind.GROUP, "55", "1", List.of(1));
        assertThat(telegram.lastReplyTo("55")).contains("C’est noté pour le sondage n°1");
    }

    @Test
    void changing_the_time_tells_all_who_answered_with_the_new_ics_by_email_and_cancelling_too() throws Exception {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel email = village.tresse.channel("email");
        console.say("ana", "/moi");
        village.grant(new org.tresse.core.message.Identity("email", "eve@example.org"), org.tresse.core.people.Role.MEMBER);
        console.say("ana", "/evenement \"Chantier participatif\" --le \"samedi 16 mars 9h\" --fin 12h30 --lieu \"rue du Paradis\"");
        email.say("eve@example.org", "/participe 1 peut-être");
        assertThat(email.lastReplyTo("eve@example.org")).contains("peut-être à « Chantier participatif »");

        console.say("ana", "/evenement modifier 1 --le \"dimanche 17 mars 14h\" --lieu La Vayssade");
        assertThat(console.lastReplyTo("ana")).contains("Événement n°1 « Chantier participatif » changé : dimanche 17 mars 2024 à 14:00")
                .contains("1 personne(s) qui avaient répondu en sont prévenues");
        Delivered notice = last(email, "eve@example.org");
        assertThat(notice.text()).contains("Changement pour l’événement n°1", "dimanche 17 mars 2024 à 14:00", "La Vayssade");
        assertThat(notice.content().attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("evenement-1.ics");
            assertThat(file.mediaType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
        });
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(notice.content().attachments().get(0).text()));
        assertThat(calendar.validate().getEntries()).isEmpty();
        net.fortuna.ical4j.model.component.VEvent event = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT")
                .orElseThrow();
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20240317T140000");
        assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20240317T173000");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");

        console.say("ana", "/evenement annuler 1 pluie annoncée");
        assertThat(console.lastReplyTo("ana")).contains("Événement n°1 « Chantier participatif » annulé");
        Delivered cancelled = last(email, "eve@example.org");
        assertThat(cancelled.text()).contains("est annulé", "Raison : pluie annoncée");
        assertThat(cancelled.content().attachments().get(0).text()).contains("STATUS:CANCELLED", "SEQUENCE:2");
        email.say("eve@example.org", "/participe 1 oui");
        assertThat(email.lastReplyTo("eve@example.org")).contains("est annulé à cette date : je ne prends pas de réponse");
    }

    static Delivered last(MemoryChannel channel, String to) {
        List<Delivered> sent = channel.delivered().stream().filter(message -> message.to().equals(to)).toList();
        assertThat(sent).as("messages to " + to).isNotEmpty();
        return sent.get(sent.size() - 1);
    }
}
