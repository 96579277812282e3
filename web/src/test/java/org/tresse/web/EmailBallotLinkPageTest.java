package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The link a ballot by email carries opens that person's ballot for that poll only: a vote
 * there counts once with their other channels, the link serves once, another browser finds it spent.
 */
@StoreTest
class EmailBallotLinkPageTest {
    private static final String LEA = LeaByEmail.LEA;
    private static final Pattern LINK = Pattern.compile("http://tresse\\.test/vote/[a-z2-7]{32}");

    @RegisterExtension
    @Order(1)
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    @RegisterExtension
    @Order(2) // after the database: starts on it
    final LeaByEmail town = new LeaByEmail(db);
    private WebVillage village;
    private MemoryChannel console;
    private MemoryChannel email;

    @BeforeEach
    void start() {
        village = town.village();
        console = town.console();
        email = town.email();
    }

    private String ballotLink(String pollKey) {
        Delivered ballot = email.delivered().stream().filter(message -> message.to().equals(LEA) && message.content().poll() != null
                && message.content().poll().key().equals(pollKey)).findFirst().orElseThrow();
        return village.local(LeaByEmail.link(LINK, ballot).group());
    }

    /** Lea's browser on the ballot page her link for {@code pollKey} opens, and the page's form id. */
    private record Opened(WebClient browser, String link, String form) {
        HttpResponse<String> vote(Map<String, String> fields) {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.put("formulaire", form);
            return browser.post(link, all);
        }
    }

    private Opened open(String pollKey) {
        String link = ballotLink(pollKey);
        WebClient browser = new WebClient(village.base());
        return new Opened(browser, link, browser.page(link).select("input[name=formulaire]").attr("value"));
    }

    @Test
    void theLinkOfABallotByEmailOpensThatPollForThatPersonAndCountsOnce() {
        console.say("ana", "/sondage \"Quel nom pour le café ?\" \"La Tresse\" \"Le Lien\" \"Chez Nous\" --type classement --jusqua 2j");
        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 2j");
        String link = ballotLink("1");
        WebClient lea = new WebClient(village.base());

        Document ballot = lea.page(link);
        assertThat(ballot.select("legend").eachText()).containsExactly("Sondage 1 — Quel nom pour le café ?");
        HttpResponse<String> voted = lea.post(link, Map.of("formulaire", ballot.select("input[name=formulaire]").attr("value"),
                "sondage", "1", "rang-1", "3", "rang-2", "1", "rang-3", "2"));
        assertThat(Jsoup.parse(voted.body()).select("h1").text()).isEqualTo("Merci, votre vote est enregistré");
        assertThat(lea.post(link, Map.of("formulaire", "another-form-id-123", "sondage", "2", "choix", "1")).statusCode())
                .as("the link is for poll 1 only").isEqualTo(409);

        HttpResponse<String> stolen = new WebClient(village.base()).get(link);
        assertThat(stolen.statusCode()).as("spent for anyone else").isEqualTo(410);
        assertThat(Jsoup.parse(stolen.body()).select("p").text()).contains("jusqu’à la clôture du sondage");

        email.say(LEA, "/vote 1 1>2>3");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).as("the reply by email changed the web vote").contains("Participation : 1 sur 2")
                .contains("1. La Tresse");
        assertThat(village.count("select count(*) from ballot where poll_id = 1")).isEqualTo(1);
    }

    @Test
    void whoVotedByTheLinkHearsTheResultByEmailOnceAndTheWebIsAskedNothing() {
        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 2j");
        Opened lea = open("1");
        assertThat(lea.vote(Map.of("sondage", "1", "choix", "1")).statusCode()).isEqualTo(200);
        email.clear();

        console.say("ana", "/clore 1");
        village.deliverAll();

        assertThat(email.delivered().stream().filter(mail -> mail.to().equals(LEA) && mail.text().contains("Repeindre la façade ?")))
                .as("the result, in the mailbox the ballot went to").hasSize(1);
        assertThat(village.count("select count(*) from outbox where channel = 'web' and status = 'FAILED'")).isZero();
    }

    @Test
    void aForgedLinkIsRefusedClearlyAndChangesNothing() {
        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 2j");
        String real = ballotLink("1");
        String forged = real.substring(0, real.length() - 6) + (real.endsWith("aaaaaa") ? "bbbbbb" : "aaaaaa");

        HttpResponse<String> page = new WebClient(village.base()).get(forged);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Ce lien ne marche plus");
        assertThat(page.body()).doesNotContainIgnoringCase("exception");
        HttpResponse<String> posted = new WebClient(village.base()).post(forged,
                Map.of("formulaire", "forged-form-id-1234", "sondage", "1", "choix", "1"));
        assertThat(posted.statusCode()).as("refused, by the form check or the link").isIn(403, 410);
        assertThat(village.count("select count(*) from ballot")).isZero();
        assertThat(new WebClient(village.base()).get(real).statusCode()).as("the real one still works").isEqualTo(200);
    }

    @Test
    void theLinkStopsWorkingWhenThePollsDeadlinePasses() {
        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 2j");
        Opened lea = open("1");
        village.advance(Duration.ofDays(2).plusMinutes(1));

        HttpResponse<String> late = lea.vote(Map.of("sondage", "1", "choix", "1"));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(late.body()).select("p").text()).contains("jusqu’à la clôture du sondage");
        assertThat(new WebClient(village.base()).get(lea.link()).statusCode()).isEqualTo(410);
        assertThat(village.count("select count(*) from ballot")).isZero();
    }

    @Test
    void aPollClosedEarlyRefusesItsLinkWithoutCountingAnything() {
        console.say("ana", "/sondage \"Repeindre la façade ?\" --jusqua 2j");
        Opened lea = open("1");
        console.say("ana", "/clore 1");

        HttpResponse<String> closed = lea.vote(Map.of("sondage", "1", "choix", "1"));
        assertThat(closed.statusCode()).isIn(409, 410);
        assertThat(Jsoup.parse(closed.body()).select("h1").text()).isIn("Sondage indisponible", "Ce lien ne marche plus");
        assertThat(village.count("select count(*) from ballot")).isZero();
        HttpResponse<String> again = new WebClient(village.base()).get(lea.link());
        assertThat(again.body()).as("no ballot form for a closed poll").doesNotContain("name=\"formulaire\"");
    }

    @Test
    void aSecretPollsBallotByEmailHasNoLink() {
        console.say("ana", "/sondage \"Élire la trésorière\" Lise Marc --secret --jusqua 2j");

        Delivered ballot = email.delivered().stream().filter(message -> message.to().equals(LEA)).findFirst().orElseThrow();
        assertThat(ballot.content().poll().secret()).isTrue();
        assertThat(ballot.text()).doesNotContain("/vote/");
        assertThat(village.count("select count(*) from personal_link")).isZero();
    }
}
