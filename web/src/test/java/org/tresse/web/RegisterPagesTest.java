package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;

/** The decision register, decision pages, poll pages and the feed: search, filters, charts, and secrecy kept. */
class RegisterPagesTest {
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
        village.members("bob", "chloe");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void theRegisterIsSearchedFilteredAndPaged() {
        for (int index = 1; index <= 23; index++) {
            console.say("ana", "/decision \"Achat numéro " + index + "\" \"Pour la ressourcerie.\" --groupe cafe");
        }
        console.say("ana", "/decision \"Four à pain\" \"Un four pour le café, voté à l’unanimité.\"");
        console.say("ana", "/decision \"Salaire de la coordination\" \"Affaire du bureau.\" --groupe bureau");

        Document first = visitor.page("/decisions");
        assertThat(first.select("[role=status]").text()).isEqualTo("24 décisions");
        assertThat(first.select("ol.releve > li")).hasSize(20);
        assertThat(first.text()).doesNotContain("Salaire de la coordination");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/decisions?page=2");
        Document second = visitor.page("/decisions?page=2");
        assertThat(second.select("ol.releve > li")).hasSize(4);
        assertThat(second.select("a[rel=prev]")).hasSize(1);

        Document searched = visitor.page("/decisions?q=FOUR+pain");
        assertThat(searched.select("ol.releve > li")).hasSize(1);
        assertThat(searched.select("ol.releve h2").text()).contains("Four à pain");
        assertThat(searched.select("input#q").attr("value")).isEqualTo("FOUR pain");

        Document cafe = visitor.page("/decisions?groupe=cafe&q=achat");
        assertThat(cafe.select("[role=status]").text()).isEqualTo("23 décisions");
        assertThat(cafe.select("select#groupe option[selected]").attr("value")).isEqualTo("cafe");
        assertThat(cafe.select("select#groupe option").eachAttr("value")).containsExactly("", "cafe");
        assertThat(visitor.page("/decisions?du=2024-03-03").select("[role=status]").text()).isEqualTo("0 décisions");
        assertThat(visitor.page("/decisions?du=02/03/2024&au=2024-03-02").select("[role=status]").text()).isEqualTo("24 décisions");
    }

    @Test
    void aBadFilterIsShownBesideItsFieldAndKeepsWhatWasTyped() {
        HttpResponse<String> response = visitor.get("/decisions?du=le+15+mars&au=2024-01-01&q=four&groupe=bureau");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#du-erreur").text()).isEqualTo("« le 15 mars » n’est pas une date. Écrivez-la comme 15/03/2024.");
        assertThat(page.select("input#du").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#du").attr("aria-describedby")).isEqualTo("du-erreur");
        assertThat(page.select("input#du").attr("value")).isEqualTo("le 15 mars");
        assertThat(page.select("input#q").attr("value")).isEqualTo("four");
        assertThat(page.select(".alerte[role=alert] li")).extracting(element -> element.text())
                .contains("Le groupe « bureau » n’existe pas ou n’a pas de page publique : choisissez-en un dans la liste.");
    }

    @Test
    void aDecisionTakenByAPollShowsItsTallyAsAChartWithItsTableAndItsHistory() {
        console.say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --consentement --jusqua 2j");
        console.say("bob", "/vote 1 pour");
        console.say("chloe", "/vote 1 contre");
        console.say("ana", "/vote 1 pour");
        village.advance(Duration.ofDays(3));
        long decision = village.count("select max(id) from decision");
        console.say("ana", "/decision " + decision + " modifier \"Le café ouvre le dimanche de 10h à 13h.\"");

        Document page = visitor.page("/decisions/" + decision);

        assertThat(page.select("h1").text()).isEqualTo("Ouvrir le café le dimanche ?");
        assertThat(page.select(".etat").text()).isEqualTo("adoptée");
        assertThat(page.text()).contains("Par le sondage 1").contains("3 votant·e(s)");
        assertThat(page.select("svg[role=img] title").text()).isEqualTo("Ouvrir le café le dimanche ?");
        assertThat(page.select("svg desc").text()).contains("Pour : 2 (67 %)").contains("Contre : 1 (33 %)");
        assertThat(page.select("svg rect.barre")).hasSize(4);
        assertThat(page.select("table caption").text()).contains("Ouvrir le café le dimanche ?");
        assertThat(page.select("table tbody tr")).extracting(row -> row.text())
                .containsExactly("Pour 2 67 %", "Contre 1 33 %", "Abstention 0 0 %", "Blocage 0 0 %");
        assertThat(page.select("a[href=/sondages/1]")).hasSize(1);
        assertThat(page.select("ol.historique li")).hasSize(1);
        assertThat(page.select("ol.historique").text()).contains("Révisée le 5 mars 2024").contains("de 10h à 13h");
        assertThat(page.select(".texte").text()).isEqualTo("Le café ouvre le dimanche de 10h à 13h.");
    }

    @Test
    void aHiddenResultLeaksNeitherInThePollPageNorInTheFeed() {
        console.say("ana", "/sondage \"Budget de la fête ?\" 100euros 200euros --resultats-caches --public --jusqua 2j");
        console.say("bob", "/vote 1 200euros");
        console.say("chloe", "/vote 1 200euros");

        Document page = visitor.page("/sondages/1");
        assertThat(page.text()).contains("Les résultats seront publiés à la clôture. Participation jusqu’ici : 2.")
                .doesNotContain("100 %").doesNotContain("Voix");
        assertThat(page.select("svg, table")).isEmpty();
        assertThat(visitor.get("/flux.atom").body()).doesNotContain("200euros");

        village.advance(Duration.ofDays(3));
        Document closed = visitor.page("/sondages/1");
        assertThat(closed.select("table tbody tr")).extracting(row -> row.text()).containsExactly("100euros 0 0 %", "200euros 2 100 %");
    }

    @Test
    void aPollOfAPrivateGroupAndItsDecisionStayOffThePublicPages() {
        console.say("ana", "/rejoindre bureau");
        console.say("ana", "/role console:ana coordination --groupe bureau");
        console.say("ana", "/sondage \"Recruter ?\" --groupe bureau --jusqua 1j");
        // a proposal nobody answered records no decision: ana votes
        console.say("ana", "/vote 1 pour");
        assertThat(console.lastReplyTo("ana")).contains("C’est noté");
        village.advance(Duration.ofDays(2));

        assertThat(visitor.get("/sondages/1").statusCode()).isEqualTo(404);
        long decision = village.count("select max(id) from decision");
        assertThat(decision).isPositive();
        assertThat(visitor.get("/decisions/" + decision).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/").body()).doesNotContain("Recruter");
        assertThat(visitor.get("/flux.atom").body()).doesNotContain("Recruter");
    }

    @Test
    void theAtomFeedIsValidAndCarriesPublicAnnouncementsAndDecisions() throws Exception {
        console.say("ana", "/annonce \"Fête du village <samedi> & dimanche\" --tous");
        console.say("ana", "/confirmer 1");
        console.say("ana", "/decision \"Horaires d’été\" \"Le café ouvre à 9h.\"");

        HttpResponse<String> feed = visitor.get("/flux.atom");

        assertThat(feed.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("feed");
        assertThat(xml.getElementsByTagName("entry").getLength()).isEqualTo(2);
        assertThat(feed.body()).contains("<title>Décision 1 : Horaires d’été</title>")
                .contains("<id>http://tresse.test/decisions/1</id>")
                .contains("Fête du village &lt;samedi&gt; &amp; dimanche");
    }
}
