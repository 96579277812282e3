package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * The web form is not a chat: whatever a resident writes on {@code /avis} is kept as a voice,
 * once, and reaches the coordinators, even words the chat reads as a command or a greeting.
 */
@StoreTest
class WebVoiceTest {
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
        visitor.get("/avis");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aide", "Bonjour", "/vote 3 pour", "aide moi", "/annonce \"Fermé demain\" --tous", "#café"})
    void aNamedVoiceIsKeptWhateverItsWords(String text) {
        HttpResponse<String> sent = visitor.post("/avis", Map.of("texte", text, "adresse", "eve@example.org"));

        assertThat(sent.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select("h1").text()).isEqualTo("Merci pour votre avis");
        assertThat(page.text()).contains("C’est l’avis n° 1").doesNotContain("Vouliez-vous dire").doesNotContain("Bonjour !")
                .doesNotContain("/aide");
        assertThat(village.count("select count(*) from voice where text = ? and channel = 'web' and anonymous = false", text))
                .isEqualTo(1);
        assertThat(village.count("select count(*) from voice")).isEqualTo(1);
        assertThat(village.count("select count(*) from announcement")).isZero();
        assertThat(village.count("select count(*) from ballot")).isZero();

        console.say("ana", "/avis 1");
        assertThat(console.lastReplyTo("ana")).contains(text).contains("eve@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aide", "Bonjour", "/vote 3 pour", "aide moi"})
    void anAnonymousVoiceIsKeptWhateverItsWordsAndNamesNobody(String text) {
        HttpResponse<String> sent = visitor.post("/avis", Map.of("texte", text, "adresse", ""));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(sent.body()).text()).contains("sans nom ni numéro qui mène à vous").doesNotContain("Vouliez-vous dire");
        assertThat(village.count("select count(*) from voice where text = ? and anonymous = true and person_id is null "
                + "and channel is null", text)).isEqualTo(1);
        assertThat(village.count("select count(*) from person")).as("the visitor is forgotten").isEqualTo(1);
        assertThat(village.count("select count(*) from inbound_log where channel = 'web'")).isZero();
    }

    @Test
    void tagsAtTheEndOfAWebVoiceAreItsThemesAndCoordinatorsSeeIt() {
        visitor.post("/avis", Map.of("texte", "Vote pour un banc devant le café #banc #Café", "adresse", "eve@example.org"));

        assertThat(village.count("select count(*) from voice where text = 'Vote pour un banc devant le café'")).isEqualTo(1);
        assertThat(village.count("select count(*) from voice_tag")).isEqualTo(2);
        console.say("ana", "/avis-liste");
        assertThat(console.lastReplyTo("ana")).contains("Vote pour un banc");
    }

    @Test
    void theSameNamedCommandShapedFormSentTwiceIsKeptOnce() {
        Document form = visitor.page("/avis");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("form[action=/avis] input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        fields.put("texte", "Aide");
        fields.put("adresse", "eve@example.org");
        visitor.postRaw("/avis", WebClient.encode(fields), "application/x-www-form-urlencoded");
        HttpResponse<String> again = visitor.postRaw("/avis", WebClient.encode(fields), "application/x-www-form-urlencoded");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(village.count("select count(*) from voice")).isEqualTo(1);
    }

    /** A receipt the page stopped waiting for is mailed, and the address stays for the answer (attack finding). */
    @Test
    void aReceiptThePageNoLongerWaitsForLeavesTheAddressForTheAnswer() {
        village.webChannel().afterReceive(() -> { });
        visitor.post("/avis", Map.of("texte", "Aide", "adresse", "eve@example.org"));
        village.deliverAll();

        console.say("ana", "/repondre 1 Que pouvons-nous faire pour vous ?");
        village.deliverAll();

        assertThat(village.channel("email").repliesTo("eve@example.org")).hasSize(2)
                .anySatisfy(mail -> assertThat(mail).contains("C’est l’avis n° 1"))
                .anySatisfy(mail -> assertThat(mail).contains("Que pouvons-nous faire pour vous ?"));
    }

    /** The same words from a chat are still what they were there: a slip answered, a greeting, a command. */
    @Test
    void theSameWordsFromAChatAreUnchanged() {
        MemoryChannel telegram = village.channel("telegram");
        for (String text : List.of("Aide", "aide moi")) {
            telegram.say("zoe", text);
            assertThat(telegram.lastReplyTo("zoe")).as(text).contains("Vouliez-vous dire");
        }
        telegram.say("zoe", "Bonjour");
        assertThat(telegram.lastReplyTo("zoe")).startsWith("Bonjour !");
        telegram.say("zoe", "/avis\nAide");
        assertThat(telegram.lastReplyTo("zoe")).contains("Votre avis n°1");
        assertThat(village.count("select count(*) from voice where channel = 'telegram'")).isEqualTo(1);
        assertThat(village.count("select count(*) from voice")).isEqualTo(1);
    }
}
