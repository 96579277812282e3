package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;
import org.tresse.web.view.Markdown;

/** Nothing anyone writes is rendered unescaped; Markdown goes through the channels' safe renderer. */
@StoreTest
class SafetyTest {
    private static final String ATTACK = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private MemoryChannel console;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        console = village.console();
        console.say("ana", "/moi");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @Test
    void titlesTextsOptionsAndAnnouncementsAreEscapedEverywhere() {
        console.say("ana", "/decision \"" + ATTACK + "\" \"**gras** [lien](javascript:alert(3)) " + ATTACK + "\"");
        console.say("ana", "/sondage \"Question " + ATTACK + " ?\" \"A" + ATTACK + "\" B");
        console.say("ana", "/annonce \"Fête " + ATTACK + " [site](https://la-tresse.org)\" --tous");
        console.say("ana", "/confirmer 1");
        WebClient visitor = new WebClient(village.base());

        for (String path : new String[] {"/", "/decisions", "/decisions/1", "/sondages/1", "/annonces", "/integrer", "/decisions?q="
                + java.net.URLEncoder.encode(ATTACK, java.nio.charset.StandardCharsets.UTF_8)}) {
            Document page = visitor.page(path);
            assertThat(page.select("script")).as(path).isEmpty();
            assertThat(page.select("img[onerror], [onerror]")).as(path).isEmpty();
            assertThat(page.select("a[href^=javascript]")).as(path).isEmpty();
        }
        Document decision = visitor.page("/decisions/1");
        assertThat(decision.select("h1").text()).isEqualTo(ATTACK);
        assertThat(decision.select(".texte strong").text()).isEqualTo("gras");
        assertThat(visitor.page("/annonces").select("article a[href=https://la-tresse.org]").text()).isEqualTo("site");
        assertThat(visitor.get("/flux.atom").body()).doesNotContain("<script>");
    }

    @Test
    void theRendererEscapesAndKeepsOnlySafeLinks() {
        assertThat(Markdown.html("a < b & \"c\"")).isEqualTo("<p>a &lt; b &amp; &quot;c&quot;</p>");
        assertThat(Markdown.html("- un\n- deux")).isEqualTo("<ul><li>un</li><li>deux</li></ul>");
        assertThat(Markdown.html("[x](javascript:alert(1))")).doesNotContain("href");
    }

    @Test
    void aConsultationAnswerWithMarkupStaysText() {
        console.say("ana", "/sondage \"Vos idées ?\" --type consultation --public");
        WebClient visitor = new WebClient(village.base());
        visitor.get("/");

        Document done = org.jsoup.Jsoup.parse(visitor.post("/sondages/1/repondre", Map.of("reponse", ATTACK, "retour", "/")).body());

        assertThat(done.select("script")).isEmpty();
        assertThat(village.count("select count(*) from consultation_answer where text = ?", ATTACK)).isEqualTo(1);
    }
}
