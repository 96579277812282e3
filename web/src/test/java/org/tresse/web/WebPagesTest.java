package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** The read pages on a real server: what a visitor sees, in French and in English, and what stays private. */
@StoreTest
class WebPagesTest {
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
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void theHomePageShowsTheAssociationItsPollsDecisionsAnnouncementsAndHowToReachIt() {
        console.say("ana", "/sondage \"Que voudriez-vous à la ressourcerie ?\" --type consultation --public");
        console.say("ana", "/decision \"Horaires d’été\" \"Le café ouvre à 9h du 1er juin au 31 août.\" --groupe cafe");
        console.say("ana", "/decision \"Budget du bureau\" \"Secret de bureau.\" --groupe bureau");
        console.say("ana", "/annonce \"**Assemblée générale** samedi 10h à la Vayssade\" --tous");
        console.say("ana", "/confirmer 1");

        HttpResponse<String> response = visitor.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("La Tresse");
        assertThat(page.text()).contains("Le tiers-lieu de Lalbenque")
                .contains("Que voudriez-vous à la ressourcerie ?")
                .contains("Horaires d’été")
                .doesNotContain("Budget du bureau")
                .contains("@LaTresseBot").contains("tresse@la-tresse.test");
        assertThat(page.select("article.annonce strong").text()).isEqualTo("Assemblée générale");
        assertThat(page.select("form[action=/sondages/1/repondre] textarea[name=reponse]")).hasSize(1);
        assertThat(page.select("a[href=https://t.me/LaTresseBot]")).hasSize(1);
    }

    @Test
    void englishByTheSwitchOrByTheBrowsersLanguage() {
        Document switched = visitor.page("/?lang=en");
        assertThat(switched.select("html").attr("lang")).isEqualTo("en");
        assertThat(switched.text()).contains("Polls and consultations under way");
        assertThat(visitor.page("/decisions").select("h1").text()).isEqualTo("Decision register");

        WebClient other = new WebClient(village.base());
        assertThat(other.get("/decisions", Map.of("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")).body()).contains("Decision register");
        assertThat(other.get("/decisions", Map.of("Accept-Language", "de-DE,fr;q=0.3,en;q=0.2")).body()).contains("Relevé de décisions");
    }

    @Test
    void everyPageCarriesTheStrictHeadersAndLoadsNothingFromElsewhere() {
        for (String path : new String[] {"/", "/decisions", "/avis", "/annonces", "/mentions-legales", "/confidentialite"}) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("script-src"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Server")).isEmpty();
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script")).as(path).isEmpty();
            assertThat(page.select("[src], link[href]").eachAttr("abs:src")).allSatisfy(src -> assertThat(src).isEmpty());
            page.select("link[href]").eachAttr("href").forEach(href -> assertThat(href).as(path).matches("/.*|data:,"));
            assertThat(page.select("a[href=/mentions-legales]")).as(path).hasSize(1);
            assertThat(page.select("a[href=/confidentialite]")).as(path).isNotEmpty();
        }
        HttpResponse<String> embed = visitor.get("/integrer");
        assertThat(embed.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors *"));
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void theStyleSheetCarriesTheAssociationsColours() {
        HttpResponse<String> css = visitor.get("/style.css");

        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).startsWith(":root{--primaire:#24584a;--accent:#a34a12;}");
    }

    @Test
    void unknownPagesAndWrongMethodsAnswerInFrenchWithoutDetail() {
        HttpResponse<String> missing = visitor.get("/nulle-part");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Page introuvable");

        assertThat(visitor.get("/decisions/abc").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/sondages/99").statusCode()).isEqualTo(404);
        assertThat(visitor.postRaw("/decisions", "", "application/x-www-form-urlencoded").statusCode()).isEqualTo(405);
    }

    @Test
    void theLegalNoticeAndThePrivacyPageSayWhatTheyMust() {
        Document legal = visitor.page("/mentions-legales");
        assertThat(legal.text()).contains("Rue du Paradis, 46230 Lalbenque").contains("RNA W462000000")
                .contains("Pierre, président").contains("Hébergeur SAS").contains("contact@la-tresse.test");

        Document privacy = visitor.page("/confidentialite");
        assertThat(privacy.text()).contains("Ce qui est gardé").contains("Combien de temps").contains("six mois")
                .contains("15 minutes").contains("CNIL").contains("copie");
    }

    @Test
    void healthSaysHowTheDatabaseAndEachChannelAreWithNoPersonalData() {
        console.say("ana", "/aide");

        HttpResponse<String> health = visitor.get("/sante");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(health.body()).startsWith("{\"status\":\"ok\",\"database\":\"up\",\"channels\":[")
                .contains("{\"name\":\"telegram\",\"state\":\"up\"").contains("\"sentLastHour\":")
                .containsPattern("\"instance\":\"[^\"]+\",\"leases\":\\[.*\\{\"duty\":\"delivery:telegram\",\"holder\":\"[^\"]+\",\"term\":1}")
                .doesNotContain("ana").doesNotContain("@");
    }
}
