package org.tresse.commands.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.announcement.DigestSource;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The shared village agenda: a partner association submits, coordinators approve or decline with a
 * button or a command; approved events appear in the agenda, the digest and the feeds, credited to
 * the partner; members get a personal calendar link.
 */
@StoreTest
class VillageAgendaTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void a_partner_submits_a_coordinator_approves_and_the_event_is_credited_in_agenda_digest_and_feed() throws Exception {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel telegram = village.tresse.channel("telegram");
        console.say("ana", "/moi");
        telegram.say("900", "/evenement proposer \"Grand loto\" --le vendredi 15 mars 20h --lieu \"Salle des fêtes\"");
        assertThat(telegram.lastReplyTo("900")).contains("L’événement n°1 « Grand loto » de « Comité des fêtes » attend l’accord de la coordination");
        Delivered notice = EventConversationTest.last(console, "ana");
        assertThat(notice.text()).contains("« Comité des fêtes » propose un événement pour l’agenda du village : n°1 « Grand loto »",
                "vendredi 15 mars 2024 à 20:00", "Salle des fêtes");
        assertThat(notice.content().buttons().get(0)).extracting(button -> button.data()).containsExactly("ep:1:a", "ep:1:r");
        console.say("bob", "/agenda");
        assertThat(console.lastReplyTo("bob")).doesNotContain("Grand loto");
        console.say("ana", "/evenement propositions");
        assertThat(console.lastReplyTo("ana")).contains("n°1 « Grand loto », vendredi 15 mars 2024 à 20:00 (par Comité des fêtes)");

        console.press("ana", RoomKind.PRIVATE, "ana", "ep:1:a");
        assertThat(console.lastReplyTo("ana")).contains("Événement n°1 « Grand loto » approuvé");
        assertThat(telegram.lastReplyTo("900")).contains("Votre événement n°1 « Grand loto » est approuvé");
        console.press("ana", RoomKind.PRIVATE, "ana", "ep:1:r");
        assertThat(console.lastReplyTo("ana")).contains("L’événement n°1 n’attend pas d’accord");
        console.say("bob", "/agenda");
        assertThat(console.lastReplyTo("bob")).contains("n°1 « Grand loto », vendredi 15 mars 2024 à 20:00, Salle des fêtes (proposé par Comité des fêtes)");
        telegram.say("900", "/participe 1 oui");
        assertThat(telegram.lastReplyTo("900")).contains("vous venez à « Grand loto »");

        telegram.say("900", "/evenement proposer \"Vide-grenier\" --le dimanche 17 mars 8h --lieu \"Place du village\"");
        console.say("ana", "/evenement refuser 2 le même jour que la fête de l’école");
        assertThat(telegram.lastReplyTo("900")).contains("Votre événement n°2 « Vide-grenier » n’a pas été retenu",
                "Raison : le même jour que la fête de l’école");

        List<String> digest = village.tresse.core().database().inTransaction(handle -> {
            DigestSource agenda = village.tresse.core().installation().all(DigestSource.SECTIONS).stream()
                    .filter(section -> section.titleKey().equals("recap.agenda")).findFirst().orElseThrow();
            Instant now = village.tresse.clock().instant();
            return agenda.lines(handle, village.tresse.core().i18n().texts(null), 1, now.minus(Duration.ofDays(7)), now);
        });
        assertThat(digest).containsExactly("n°1 « Grand loto », vendredi 15 mars 2024 à 20:00, Salle des fêtes (proposé par Comité des fêtes)");

        String ics = village.tresse.core().database().inTransaction(handle ->
                village.features.calendar().feed(handle, Optional.empty(), false, "Agenda de Lalbenque"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Grand loto");
            assertThat(event.getProperty("ORGANIZER").orElseThrow().getParameter("CN").orElseThrow().getValue()).isEqualTo("Comité des fêtes");
            assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Salle des fêtes");
        });
    }

    @Test
    void a_partner_has_at_most_three_proposals_waiting_and_a_fourth_changes_nothing() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel telegram = village.tresse.channel("telegram");
        console.say("ana", "/moi");
        for (int sent = 1; sent <= 3; sent++) {
            telegram.say("900", "/evenement proposer \"Loto n°" + sent + "\" --le vendredi 15 mars 20h");
            assertThat(telegram.lastReplyTo("900")).contains("attend l’accord de la coordination");
        }
        int told = console.repliesTo("ana").size();

        telegram.say("900", "/evenement proposer \"Loto n°4\" --le vendredi 15 mars 20h");

        assertThat(telegram.lastReplyTo("900")).isEqualTo("Vous avez déjà 3 propositions d’événement qui attendent l’accord de la "
                + "coordination : c’est le maximum. Attendez sa réponse avant d’en proposer une autre ; rien n’a été enregistré.");
        assertThat(console.repliesTo("ana")).hasSize(told);
        long events = village.tresse.core().database().inTransaction(handle -> handle.count("select count(*) from event"));
        assertThat(events).isEqualTo(3);
        console.say("ana", "/evenement refuser 2 déjà complet");
        telegram.say("900", "/evenement proposer \"Loto n°4\" --le vendredi 15 mars 20h");
        assertThat(telegram.lastReplyTo("900")).contains("L’événement n°4 « Loto n°4 »", "attend l’accord de la coordination");
    }

    @Test
    void members_get_a_personal_calendar_link_that_shows_the_members_events() throws Exception {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        village.members("bob");
        console.say("ana", "/evenement \"Bureau\" --le lundi 18h");
        console.say("ana", "/evenement \"Concert\" --le samedi 21h --public");
        console.say("zoe", "/agenda lien");
        assertThat(console.lastReplyTo("zoe")).contains("Agenda public", "/agenda.ics").doesNotContain("jeton");
        console.say("zoe", "/agenda");
        assertThat(console.lastReplyTo("zoe")).contains("Concert").doesNotContain("Bureau");
        console.say("bob", "/agenda lien");
        String link = console.lastReplyTo("bob");
        String token = link.replaceAll("(?s).*jeton=([A-Za-z0-9_-]{32}).*", "$1");
        assertThat(token).hasSize(32);
        console.say("bob", "/agenda");
        assertThat(console.lastReplyTo("bob")).contains("Concert", "« Bureau », lundi 4 mars 2024 à 18:00 (adhérent·es)");
        Optional<Long> person = village.tresse.core().database().inTransaction(handle -> village.features.feedTokens().person(handle, token));
        assertThat(person).contains(2L);
        console.say("bob", "/agenda lien nouveau");
        Optional<Long> renewed = village.tresse.core().database().inTransaction(handle -> village.features.feedTokens().person(handle, token));
        assertThat(renewed).isEmpty();
    }
}
