package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Identity;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Answering an event on the web, by a personal link: the page shows the person's own answer and
 * oui / peut-être / non buttons; an answer goes through the engine as {@code /participe} would
 * (the waiting list moves, the chat's counts follow), a form sent twice counts once, and a link
 * that is spent, forged, for another event, or for a cancelled, past or members-only event
 * changes nothing.
 */
@StoreTest
class RsvpPagesTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private MemoryChannel console;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        console = village.console();
        console.say("ana", "/moi");
        village.members("bob", "chloe", "dan");
        console.say("ana", "/evenement \"Concert de Noël\" --le samedi 21h --lieu \"La Vayssade\" --places 2 --groupe cafe --public");
        console.say("ana", "/evenement \"Inventaire du café\" --le lundi 18h --groupe cafe");
        console.say("bob", "/participe 1 oui");
        console.say("chloe", "/participe 1 oui");
        console.say("dan", "/participe 1 oui");
        assertThat(console.lastReplyTo("dan")).contains("attente");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    /** The link Tresse would give {@code user} for event {@code event}, on this test server. */
    private String link(String user, long event) {
        return village.core().database().inTransaction(handle -> {
            long person = village.core().people().resolve(handle, new Identity("console", user), user).id();
            return "/evenements/" + event + "/reponse/" + village.services().links().issueForEvent(handle, person, event, Duration.ofDays(30));
        });
    }

    private static HttpResponse<String> answer(WebClient browser, String link, Document page, String answer) {
        return browser.post(link, Map.of("formulaire", page.select("input[name=formulaire]").attr("value"),
                "date", page.select("input[name=date]").attr("value"), "reponse", answer));
    }

    private long answers(long event) {
        return village.count("select count(*) from event_rsvp where event_id = ?", event);
    }

    @Test
    void aPersonalLinkShowsTheOwnAnswerAndItsButtonsAndAnAnswerMovesTheWaitingListAsFromChat() {
        String link = link("bob", 1);
        WebClient bob = new WebClient(village.base());

        Document page = bob.page(link);
        assertThat(page.select("h1").text()).isEqualTo("Concert de Noël");
        assertThat(page.select(".ma-reponse .actuelle").text()).isEqualTo("Vous avez répondu : Oui.");
        assertThat(page.select(".rsvp button").eachText()).containsExactly("Oui", "Peut-être", "Non");
        assertThat(page.select(".rsvp button[aria-pressed=true]").text()).isEqualTo("Oui");
        assertThat(page.select("form.rsvp").attr("method")).isEqualTo("post");
        assertThat(page.select("script")).as("no JavaScript").isEmpty();
        assertThat(page.text()).as("never anyone's name").doesNotContain("chloe", "dan", "bob");

        HttpResponse<String> said = answer(bob, link, page, "non");
        Document after = Jsoup.parse(said.body());
        assertThat(said.statusCode()).isEqualTo(200);
        assertThat(after.select(".reponse h2").first().text()).isEqualTo("Réponse enregistrée");
        assertThat(after.select(".reponse").text()).as("what the engine answered").contains("vous ne venez pas à « Concert de Noël »");
        assertThat(after.select(".ma-reponse .actuelle").text()).isEqualTo("Vous avez répondu : Non.");
        assertThat(after.select("#reponses ~ p").first().text()).isEqualTo("2 oui · 0 peut-être · 1 non");
        village.deliverAll();
        assertThat(console.lastReplyTo("dan")).as("the place bob freed goes to the first waiting").contains("Une place s’est libérée");

        HttpResponse<String> again = answer(bob, link, page, "non");
        assertThat(Jsoup.parse(again.body()).select(".reponse h2").first().text()).as("sent twice, kept once").isEqualTo("Réponse déjà reçue");

        Document changed = Jsoup.parse(answer(bob, link, after, "oui").body());
        assertThat(changed.select(".ma-reponse .actuelle").text()).as("this browser may change its answer")
                .startsWith("Vous avez répondu oui : vous êtes en liste d’attente");
        assertThat(answers(1)).isEqualTo(3);
        console.say("bob", "/participe 1");
        assertThat(console.lastReplyTo("bob")).as("the chat sees the web's answer").contains("Oui");

        HttpResponse<String> stolen = new WebClient(village.base()).get(link);
        assertThat(stolen.statusCode()).as("spent for any other browser").isEqualTo(410);
        assertThat(Jsoup.parse(stolen.body()).select("h1").text()).isEqualTo("Ce lien ne marche plus");
    }

    @Test
    void aForgedLinkALinkForAnotherEventOrForTheBallotIsRefusedAndChangesNothing() {
        String link = link("bob", 1);
        WebClient bob = new WebClient(village.base());
        String token = link.substring(link.lastIndexOf('/') + 1);
        String forged = link.substring(0, link.length() - 4) + (link.endsWith("aaaa") ? "bbbb" : "aaaa");

        assertThat(bob.get(forged).statusCode()).isEqualTo(410);
        assertThat(bob.get("/evenements/2/reponse/" + token).statusCode()).as("the link opens its own event only").isEqualTo(410);
        assertThat(bob.get("/vote/" + token).statusCode()).as("an event's link opens no ballot").isEqualTo(410);
        bob.page(link);
        assertThat(bob.post(forged, Map.of("formulaire", "a-form-id-of-twenty-chars", "date", "2024-03-02", "reponse", "non"))
                .statusCode()).isEqualTo(410);
        assertThat(bob.post(link, Map.of("formulaire", "a-form-id-of-twenty-chars", "date", "2024-03-02", "reponse", "bof"))
                .statusCode()).as("an answer that is none of the three").isEqualTo(400);
        assertThat(bob.postRaw(link, "formulaire=a-form-id-of-twenty-chars&date=2024-03-02&reponse=non",
                "application/x-www-form-urlencoded").statusCode()).as("no form token").isEqualTo(403);
        assertThat(village.count("select count(*) from event_rsvp where answer = 'NO'")).isZero();
        Document page = bob.page(link);
        assertThat(page.select(".ma-reponse .actuelle").text()).as("the link still unused").isEqualTo("Vous avez répondu : Oui.");
    }

    @Test
    void aCancelledAPastOrAMembersOnlyEventIsRefusedInThePersonsLanguage() {
        console.say("eve", "/moi");
        String members = link("eve", 2);
        String cancelled = link("chloe", 1);
        WebClient eve = new WebClient(village.base());
        HttpResponse<String> refused = eve.get(members + "?lang=en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("p").text()).contains("“Inventaire du café” is for members only", "Nothing changed");

        WebClient chloe = new WebClient(village.base());
        Document page = chloe.page(cancelled);
        console.say("ana", "/evenement annuler 1 \"La chorale est malade\"");
        HttpResponse<String> late = answer(chloe, cancelled, page, "non");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.body()).select("p").text()).contains("« Concert de Noël » est annulé");
        assertThat(village.count("select count(*) from event_rsvp where answer = 'NO'")).isZero();

        String past = link("bob", 2);
        village.advance(Duration.ofDays(10));
        assertThat(new WebClient(village.base()).get(past).statusCode()).as("a link in time, to an event gone by").isEqualTo(409);
    }

    @Test
    void aVisitorWithoutALinkSeesCountsAndTheHowToOnly() {
        Document page = new WebClient(village.base()).page("/evenements/1");

        assertThat(page.select("form.rsvp, .ma-reponse")).isEmpty();
        assertThat(page.select("#reponses ~ p").first().text()).isEqualTo("2 oui · 0 peut-être · 0 non");
    }
}
