package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The agenda's pages on the real server: {@code /evenements} lists the public events of groups
 * with public pages, {@code /evenements/{n}} shows one with its answers counted (never named), how
 * to answer and its {@code .ics}; every other number is the site's 404. The feeds carry each page
 * as URL, and a public event of a group kept off the public pages stays in the members' feeds.
 */
@StoreTest
class EventPagesTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private WebClient visitor;
    private MemoryChannel console;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        visitor = new WebClient(village.base());
        console = village.console();
        console.say("ana", "/moi");
        village.members("bob", "chloe", "dan");
        console.say("ana", "/evenement \"Concert de Noël\" --le samedi 21h --lieu \"La Vayssade\" --places 2 --groupe cafe --public "
                + "--description \"Chorale du village.\"");
        console.say("ana", "/evenement \"Inventaire du café\" --le lundi 18h --groupe cafe");
        console.say("ana", "/evenement \"Galette du bureau\" --le mardi 20h --groupe bureau --public");
        console.say("ana", "/evenement \"Repair café\" --repete \"chaque premier mardi du mois à 18h\" --public");
        console.say("bob", "/participe 1 oui");
        console.say("chloe", "/participe 1 oui");
        console.say("dan", "/participe 1 oui");
        console.say("ana", "/participe 1 peut-être");
        assertThat(console.lastReplyTo("dan")).contains("attente");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void a_full_event_of_one_place_says_one_place() {
        console.say("ana", "/evenement \"Atelier vélo\" --le samedi 22h --places 1 --public");
        console.say("bob", "/participe 5 oui");

        Document page = visitor.page("/evenements/5");
        assertThat(page.select("h1").text()).isEqualTo("Atelier vélo");
        assertThat(page.select("#reponses ~ p").eachText()).contains(
                "Complet (1 place) : un « oui » va en liste d’attente, et reçoit une place libérée.");
    }

    @Test
    void the_agenda_lists_the_public_events_of_the_public_groups_only() {
        Document page = visitor.page("/evenements");

        assertThat(page.select("h1").text()).isEqualTo("Agenda");
        assertThat(page.select(".carte h2").eachText()).as("a repeating event once, at its next date")
                .containsExactly("Concert de Noël", "Repair café");
        assertThat(page.select(".carte a").eachAttr("href")).containsExactly("/evenements/1", "/evenements/4");
        assertThat(page.select(".carte").first().select(".meta").text()).contains("samedi 2 mars 2024 à 21h00", "La Vayssade", "Café associatif");
        assertThat(page.select(".carte").last().select(".meta").text()).contains("mardi 5 mars 2024 à 18h00",
                "Régulier : les dates suivantes sont sur sa page.");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Agenda");
        assertThat(page.select("a[href=/evenements/proposer]")).hasSize(1);
        assertThat(page.select("a[href=/agenda.ics]")).hasSize(1);
    }

    @Test
    void an_events_page_says_when_where_and_how_many_answered_naming_nobody() {
        HttpResponse<String> response = visitor.get("/evenements/1");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Concert de Noël");
        String when = page.select("dd time").attr("datetime");
        assertThat(java.time.Instant.parse(when).atZone(ZoneId.of("Europe/Paris")).getHour()).as("21h in the village's zone").isEqualTo(21);
        assertThat(page.select("dd").text()).contains("21h00", "(2 h)", "La Vayssade");
        assertThat(page.text()).contains("Chorale du village.");
        assertThat(page.select("#reponses ~ p").eachText()).containsExactly("2 oui · 1 peut-être · 0 non", "1 en liste d’attente",
                "Complet (2 places) : un « oui » va en liste d’attente, et reçoit une place libérée.");
        assertThat(response.body()).doesNotContain("bob", "chloe", "dan", "ana");
        assertThat(page.select("#participer ~ ul li").eachText()).containsExactly(
                "Sur Telegram, écrivez « /participe 1 oui » (ou peut-être, non) au bot : @LaTresseBot",
                "Par email, envoyez un message dont l’objet est « /participe 1 oui » à : tresse@la-tresse.test");
        assertThat(page.select("a[href^=https://t.me/]").attr("href")).isEqualTo("https://t.me/LaTresseBot");
        assertThat(page.select("a[href^=mailto:]").attr("href")).isEqualTo("mailto:tresse@la-tresse.test?subject=%2Fparticipe%201%20oui");

        Document english = visitor.page("/evenements/1?lang=en");
        assertThat(english.select("#reponses ~ p").first().text()).isEqualTo("2 yes · 1 maybe · 0 no");
        assertThat(english.select("dd").text()).contains("Saturday, March 2, 2024 at 9:00 PM");
        assertThat(english.select("a[href^=mailto:]").attr("href")).as("English words are understood too")
                .isEqualTo("mailto:tresse@la-tresse.test?subject=%2Frsvp%201%20yes");
        console.say("bob", "/rsvp 4 yes");
        assertThat(visitor.page("/evenements/4?lang=fr").select("#reponses ~ p").first().text()).isEqualTo("1 oui · 0 peut-être · 0 non");
    }

    @Test
    void members_events_hidden_groups_proposals_and_unknown_numbers_are_the_sites_404() {
        for (String path : List.of("/evenements/2", "/evenements/3", "/evenements/99", "/evenements/abc", "/evenements/2.ics",
                "/evenements/3.ics")) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("Page introuvable");
            assertThat(response.body()).as(path).doesNotContain("Inventaire", "Galette");
        }
    }

    @Test
    void the_ics_and_the_feeds_carry_the_events_page_and_the_hidden_groups_public_event_is_for_members_only() throws Exception {
        HttpResponse<String> ics = visitor.get("/evenements/1.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(url(ics.body(), "Concert de Noël")).hasValue("http://tresse.test/evenements/1");

        String open = visitor.get("/agenda.ics").body();
        assertThat(summaries(open)).containsExactly("Concert de Noël", "Repair café");
        assertThat(url(open, "Concert de Noël")).hasValue("http://tresse.test/evenements/1");

        console.say("bob", "/agenda lien");
        String token = console.lastReplyTo("bob").replaceAll("(?s).*jeton=([A-Za-z0-9_-]{32}).*", "$1");
        String members = visitor.get("/agenda.ics?jeton=" + token).body();
        assertThat(summaries(members)).containsExactlyInAnyOrder("Concert de Noël", "Inventaire du café", "Galette du bureau",
                "Repair café");
        assertThat(url(members, "Galette du bureau")).as("its page is a 404").isEmpty();
        assertThat(url(members, "Inventaire du café")).isEmpty();
    }

    @Test
    void a_cancelled_event_says_so_and_takes_no_answers() {
        console.say("ana", "/evenement annuler 1 \"La chorale est malade\"");
        assertThat(console.lastReplyTo("ana")).contains("annulé");

        Document page = visitor.page("/evenements/1");

        assertThat(page.select(".alerte").text()).isEqualTo("Cet événement est annulé.");
        assertThat(page.select("#participer")).isEmpty();
        assertThat(page.select("#reponses")).isEmpty();
    }

    static List<String> summaries(String ics) throws Exception {
        return events(ics).stream().map(event -> event.getProperty("SUMMARY").orElseThrow().getValue()).toList();
    }

    private static Optional<String> url(String ics, String summary) throws Exception {
        return events(ics).stream().filter(event -> event.getProperty("SUMMARY").orElseThrow().getValue().equals(summary)).findFirst()
                .flatMap(event -> event.getProperty("URL")).map(property -> ((net.fortuna.ical4j.model.Property) property).getValue());
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }
}
