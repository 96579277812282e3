package org.tresse.print.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;
import org.tresse.core.store.Database;
import org.tresse.print.Branding;
import org.tresse.print.Pdfs;
import org.tresse.print.PrintFormat;
import org.tresse.print.ScriptedPeriod;
import org.tresse.print.report.sections.EventSection;
import org.tresse.testkit.store.FreshStore;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.StoreTest;

/**
 * The report's "Événements et réunions" on a scripted March 2024: a concert whose places ran out,
 * an evening cancelled, the monthly meeting with a show of hands added to the online votes. What
 * the PDF says is what the store holds: dates held, answers counted (never named), attendance in
 * the room and online, the quorum, the decisions taken in the meeting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StoreTest
class EventReportTest {
    @TempDir
    static Path temp;
    FreshStore store;
    Database database;
    ScriptedPeriod march;
    Reports reports;

    @BeforeAll
    void play() {
        store = FreshStore.create("march-events", "", target -> open(target).close());
        database = open(store.target());
        march = ScriptedPeriod.empty(database, temp);
        var console = march.console;
        console.say("ana", "/moi");
        List<String> members = new ArrayList<>(List.of("bob", "chloe", "dan"));
        for (int index = 1; index <= 5; index++) {
            members.add("m" + index);
        }
        for (String member : members) {
            console.say(member, "/moi");
            console.say("ana", "/role console:" + member + " membre");
        }
        console.say("ana", "/role console:ana membre");
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h --lieu \"La Vayssade\"");
        console.say("ana", "/evenement \"Concert de printemps\" --le \"samedi 9 mars 21h\" --places 2 --public --lieu \"Rue du Paradis\"");
        console.say("ana", "/evenement \"Atelier vélo\" --le \"jeudi 7 mars 18h\"");
        console.say("bob", "/participe 2 oui");
        console.say("chloe", "/participe 2 oui");
        console.say("dan", "/participe 2 oui");
        console.say("m1", "/participe 2 peut-être");
        console.say("m2", "/participe 2 non");
        console.say("bob", "/participe 1 oui");
        console.say("ana", "/evenement annuler 3 \"Pas de mécanicien\"");
        march.advance(Duration.between(march.core.clock().instant(), Instant.parse("2024-03-05T18:45:00Z")));
        // 9 members: a quorum of 50 % is 5; two vote online, the room brings the rest
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --quorum 50% --jusqua 3h");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 contre");
        console.say("ana", "/reunion ouvrir 1");
        console.say("ana", "/reunion presents 6 console:bob --en-ligne 2");
        console.say("ana", "/salle 1 pour=4 contre=0 abstention=1");
        console.say("ana", "/clore 1");
        console.say("ana", "/decision \"Fête de la musique le 21 juin\" \"Le café ouvre jusqu’à minuit.\"");
        console.say("ana", "/reunion clore");
        assertThat(console.lastReplyTo("ana")).contains("Réunion n°1 close");
        march.advance(Duration.ofDays(20));
        reports = new Reports(march.core.clock(), march.core.zone(), march.i18n, march.core.groups(), Branding.named("La Tresse"),
                ScriptedPeriod.LINKS, List.of(new EventSection(march.core.clock(), march.features.events(), march.features.rsvps(),
                        march.features.meetings(), march.features.polls())));
    }

    @AfterAll
    void close() {
        database.close();
        store.close();
    }

    private static Database open(JdbcTarget target) {
        return Database.open(target.url(), target.user(), target.password(), List.of());
    }

    @Test
    void the_pdf_says_the_events_held_their_answers_the_meeting_its_quorum_and_its_decisions() throws Exception {
        Path pdf = write(PrintFormat.PDF, "evenements.pdf");
        String text = Pdfs.squashed(pdf);
        long concertYes = march.count("select count(*) from event_rsvp where event_id = 2 and answer = 'YES' and waiting = false");
        long concertWaiting = march.count("select count(*) from event_rsvp where event_id = 2 and waiting = true");
        long present = march.count("select present_count from meeting where id = 1");
        long online = march.count("select online_count from meeting where id = 1");
        long inMeeting = march.count("select count(*) from meeting_decision where meeting_id = 1");
        assertThat(concertYes).isEqualTo(2);
        assertThat(concertWaiting).isEqualTo(1);
        assertThat(inMeeting).isEqualTo(2);
        assertThat(text).contains("Événementsetréunions")
                // the monthly meetings of 5 March only (2 April is after the period), the concert; not the cancelled workshop
                .contains("2datesd’événementstenues", "3réponses«oui»", "1réunions", inMeeting + "décisionsprisesenréunion")
                .contains("Datesannuléespendantlapériode:1.")
                .contains("ConcertdeprintempsRueduParadis" + concertYes + "11" + concertWaiting + "—")
                .contains("RéunionmensuelleLaVayssade1000" + (present + online))
                .contains("n°15mars2024Réunionmensuelle" + present + online + (present + online) + "2atteint(5requis)")
                .contains("Acheterunfouràpain?pour5,contre1,abstention1(dontensalle:pour4,contre0,abstention1)atteint(5requis)")
                .contains("Fêtedelamusiquele21juininscriteaucunrequis")
                .doesNotContain("Atelier", "bob", "chloe");
        Pdfs.render(pdf, 110, "rapport-evenements");
    }

    @Test
    void markdown_and_english_say_the_same() throws Exception {
        String markdown = Files.readString(write(PrintFormat.MARKDOWN, "evenements.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Événements et réunions", "### Réunions", "### Décisions prises en réunion",
                "| n°1 |");
        ReportRequest english = new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), Optional.empty(),
                PrintFormat.HTML, Language.EN);
        String html = Files.readString(database.inTransaction(handle -> reports.write(handle, english, temp.resolve("events.html"))));
        assertThat(html).contains("Events and meetings", "event dates held", "met (5 required)", "(of which in the room: for 4, against 0, abstain 1)");
    }

    @Test
    void a_group_without_events_says_so() {
        ReportRequest cafe = new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), Optional.of("cafe"), PrintFormat.MARKDOWN,
                Language.FR);
        Report report = database.inTransaction(handle -> reports.read(handle, cafe));
        assertThat(report.sections()).singleElement().satisfies(section -> assertThat(section.blocks())
                .containsExactly(new Block.Paragraph("Aucun événement ni aucune réunion pendant cette période.")));
    }

    private Path write(PrintFormat format, String name) {
        ReportRequest request = new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), Optional.empty(), format, Language.FR);
        return database.inTransaction(handle -> reports.write(handle, request, temp.resolve(name)));
    }
}
