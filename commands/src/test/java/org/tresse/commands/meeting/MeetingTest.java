package org.tresse.commands.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.event.Lalbenque;
import org.tresse.core.message.Identity;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The monthly meeting: its agenda, attendance, the room's show of hands added to the online votes
 * of the same poll (quorum reached only with both), decisions taken during it, and its minutes
 * sent to the members and kept with the decisions.
 */
@StoreTest
class MeetingTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void room_counts_are_added_to_online_votes_quorum_counts_both_and_the_minutes_hold_the_decisions() throws Exception {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        MemoryChannel email = village.tresse.channel("email");
        console.say("ana", "/moi");
        List<String> members = new ArrayList<>(List.of("bob", "chloe", "dan"));
        for (int index = 1; index <= 11; index++) {
            members.add("m" + index);
        }
        village.members(members.toArray(String[]::new));
        village.grant(new Identity("email", "eve@example.org"), org.tresse.core.people.Role.MEMBER);
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h --lieu La Vayssade");
        console.say("bob", "/odj ajouter 1 Achat d’un four à pain");
        console.say("chloe", "/odj ajouter 1 Fête de la musique");
        console.say("chloe", "/odj 1");
        assertThat(console.lastReplyTo("chloe")).contains("Ordre du jour de l’événement n°1 « Réunion mensuelle », mardi 5 mars 2024 à 20:00",
                "1. Achat d’un four à pain", "2. Fête de la musique");

        village.tresse.advance(Lalbenque.until(village.tresse.clock(), "2024-03-04T21:00"));
        console.say("dan", "/odj ajouter 1 Trop tard");
        assertThat(console.lastReplyTo("dan")).contains("L’ordre du jour de l’événement n°1 est clos depuis le lundi 4 mars 2024 à 20:00");

        village.tresse.advance(Lalbenque.until(village.tresse.clock(), "2024-03-05T19:45"));
        // 16 members: a quorum of 50 % is 8; three vote online before the meeting
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --quorum 50% --jusqua 3h");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 pour");
        console.say("dan", "/vote 1 contre");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Participation : 3 sur 16", "quorum de 8 non atteint");

        console.say("bob", "/reunion ouvrir 1");
        assertThat(console.lastReplyTo("bob")).contains("Seule la coordination tient la réunion");
        console.say("ana", "/reunion ouvrir 1");
        assertThat(console.lastReplyTo("ana")).contains("Réunion n°1 ouverte : « Réunion mensuelle », mardi 5 mars 2024 à 20:00");
        console.say("ana", "/salle 1 pour=9 contre=2 abstention=1");
        assertThat(console.lastReplyTo("ana")).contains("Personne n’est compté dans la salle");
        console.say("ana", "/reunion presents 12 console:bob console:m1 --en-ligne 3");
        assertThat(console.lastReplyTo("ana")).contains("Réunion n°1 : 12 dans la salle, 3 en ligne, 15 en tout");
        console.say("ana", "/salle 1 pour=9 contre=2 abstention=1");
        assertThat(console.lastReplyTo("ana")).contains("12 mains levées, mais 12 personnes dans la salle dont 1 a déjà voté en ligne : 11 mains au plus");
        console.say("ana", "/salle 1 pour=20");
        assertThat(console.lastReplyTo("ana")).contains("20 mains levées, mais 12 personnes");
        console.say("ana", "/salle 1 pour=8 contre=2 abstention=1");
        assertThat(console.lastReplyTo("ana")).contains("en salle Pour 8, Contre 2, Abstention 1 (11 mains)",
                "Votant·es : 3 en ligne + 11 en salle = 14");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Participation : 14 sur 16", "quorum de 8 atteint", "Pour : 10 · Contre : 3 · Abstention : 1",
                "En salle : Pour 8, Contre 2, Abstention 1 (11 mains) · en ligne : Pour 2, Contre 1, Abstention 0 (3 votant·es)");

        console.say("ana", "/clore 1");
        assertThat(console.lastReplyTo("ana")).contains("Adoptée", "Décision enregistrée au registre : n°1");
        console.say("ana", "/decision \"Fête de la musique le 21 juin\" \"Le café ouvre jusqu’à minuit.\"");
        console.say("ana", "/reunion note \"Le devis du four arrive la semaine prochaine.\"");
        console.say("ana", "/reunion clore");
        String minutes = console.lastReplyTo("ana");
        assertThat(minutes).contains("Réunion n°1 close. Compte rendu envoyé à 16 adhérent·e(s)",
                "Compte rendu — Réunion mensuelle, mardi 5 mars 2024", "Lieu : La Vayssade",
                "Dans la salle : 12 (dont bob, m1)", "En ligne : 3", "Total : 15",
                "1. Achat d’un four à pain", "2. Fête de la musique",
                "n°1 « Acheter un four à pain ? » : adoptée — pour 10, contre 3, abstention 1 (14 votant·es) · quorum de 8 atteint",
                "en salle : pour 8, contre 2, abstention 1 ; en ligne : pour 2, contre 1, abstention 0",
                "n°2 « Fête de la musique le 21 juin » : enregistrée", "Le devis du four arrive la semaine prochaine. (ana)");
        assertThat(console.lastReplyTo("m5")).contains("Compte rendu — Réunion mensuelle");
        Delivered mailed = email.delivered().stream().filter(message -> message.to().equals("eve@example.org")).reduce((a, b) -> b).orElseThrow();
        assertThat(mailed.content().attachments()).extracting(file -> file.fileName()).containsExactly("compte-rendu-1.md", "compte-rendu-1.html");
        assertThat(mailed.content().attachments().get(0).text()).startsWith("# Compte rendu — Réunion mensuelle").contains("## Décisions");
        String html = mailed.content().attachments().get(1).text();
        assertThat(html).contains("<h2>Décisions</h2>", "Acheter un four à pain ?");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html.replace("<!DOCTYPE html>", ""))));
        assertThat(village.count("select count(*) from meeting_decision where meeting_id = 1")).isEqualTo(2);
        assertThat(village.count("select count(*) from ballot where poll_id = 1")).as("room votes are numbers, not ballots").isEqualTo(3);

        console.say("ana", "/salle 1 pour=1");
        assertThat(console.lastReplyTo("ana")).contains("Aucune réunion n’est ouverte");
        console.say("chloe", "/reunion cr 1");
        assertThat(console.lastReplyTo("chloe")).contains("Compte rendu — Réunion mensuelle", "n°1 « Acheter un four à pain ? » : adoptée");
        console.say("ana", "/reunion ouvrir 1");
        assertThat(console.lastReplyTo("ana")).contains("La réunion n°1 de l’événement n°1 est déjà close");
    }

    @Test
    void a_meeting_opens_on_its_day_and_names_must_be_known() {
        Lalbenque village = Lalbenque.build(db.database());
        MemoryChannel console = village.tresse.channel("console");
        console.say("ana", "/moi");
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h");
        console.say("ana", "/reunion ouvrir 1");
        assertThat(console.lastReplyTo("ana")).contains("On ouvre la réunion de l’événement n°1 le jour même");
        village.tresse.advance(Lalbenque.until(village.tresse.clock(), "2024-03-05T19:00"));
        console.say("ana", "/reunion ouvrir 1");
        console.say("ana", "/reunion presents 2 console:ana console:zoe console:yann");
        assertThat(console.lastReplyTo("ana")).contains("console:zoe");
        console.say("ana", "/reunion presents 1 console:ana #1");
        assertThat(console.lastReplyTo("ana")).contains("Réunion n°1 : 1 dans la salle");
        console.say("ana", "/reunion presents 3 --en-ligne beaucoup");
        assertThat(console.lastReplyTo("ana")).contains("« beaucoup » n’est pas un nombre de personnes");
        console.say("ana", "/reunion");
        assertThat(console.lastReplyTo("ana")).contains("• n°1 « Réunion mensuelle » : 1 dans la salle, 0 en ligne");
        // the room holds members Tresse does not know: at least as many could vote as voted
        console.say("ana", "/reunion presents 5");
        console.say("ana", "/sondage \"Repeindre la salle ?\"");
        console.say("ana", "/salle 1 pour=4 abstention=1");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Participation : 5 sur 5 (100 %)", "Pour : 4 · Contre : 0 · Abstention : 1");
    }
}
