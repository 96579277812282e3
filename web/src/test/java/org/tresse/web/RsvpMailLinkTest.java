package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
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
 * With {@code web.public-url}, what Tresse sends a mailbox about an event (its change notice,
 * here) carries that person's link to answer it on the web, in their language; the link answers
 * as the mail's reply would, and chat persons get no link.
 */
@StoreTest
class RsvpMailLinkTest {
    private static final String LEA = LeaByEmail.LEA;
    private static final Pattern LINK = Pattern.compile("http://tresse\\.test/evenements/1/reponse/[a-z2-7]{32}\\?lang=(fr|en)");

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
        village.members("bob");
        console.say("ana", "/evenement \"Concert de Noël\" --le samedi 21h --lieu \"La Vayssade\" --public");
        email.say(LEA, "/participe 1 peut-être");
        console.say("bob", "/participe 1 oui");
        email.clear();
    }

    private Delivered notice() {
        village.deliverAll();
        return email.delivered().stream().filter(mail -> mail.to().equals(LEA) && mail.text().contains("Changement")
                || mail.to().equals(LEA) && mail.text().contains("Change for")).reduce((first, last) -> last).orElseThrow();
    }

    @Test
    void theChangeNoticeByEmailCarriesAPersonalLinkThatAnswersOnTheWeb() {
        console.say("ana", "/evenement modifier 1 --le dimanche 20h");
        Delivered notice = notice();
        Matcher link = LeaByEmail.link(LINK, notice);
        assertThat(notice.text()).contains("Répondre sur le site (lien personnel");
        assertThat(console.lastReplyTo("bob")).as("a chat person gets no link").doesNotContain("/reponse/");

        WebClient lea = new WebClient(village.base());
        Document page = lea.page(village.local(link.group()));
        assertThat(page.select(".ma-reponse .actuelle").text()).isEqualTo("Vous avez répondu : Peut-être.");
        Document after = Jsoup.parse(lea.post(village.local(link.group()), Map.of("formulaire",
                page.select("input[name=formulaire]").attr("value"), "date", page.select("input[name=date]").attr("value"),
                "reponse", "oui")).body());
        assertThat(after.select(".ma-reponse .actuelle").text()).isEqualTo("Vous avez répondu : Oui.");
        assertThat(after.select("#reponses ~ p").first().text()).isEqualTo("2 oui · 0 peut-être · 0 non");
        assertThat(village.count("select count(*) from event_rsvp where channel = 'web' and answer = 'YES'")).isEqualTo(1);
    }

    @Test
    void anEnglishReaderGetsTheLinkToTheEnglishPage() {
        email.say(LEA, "/langue en");
        console.say("ana", "/evenement modifier 1 --le dimanche 20h");
        Delivered notice = notice();
        Matcher link = LeaByEmail.link(LINK, notice);
        assertThat(link.group(1)).isEqualTo("en");
        assertThat(notice.text()).contains("Answer on the website");

        WebClient lea = new WebClient(village.base());
        Document page = lea.page(village.local(link.group()));
        assertThat(page.select(".rsvp button").eachText()).containsExactly("Yes", "Maybe", "No");
        assertThat(page.select(".ma-reponse .actuelle").text()).isEqualTo("You answered: Maybe.");
        Document after = Jsoup.parse(lea.post(village.local(link.group()), Map.of("formulaire",
                page.select("input[name=formulaire]").attr("value"), "date", page.select("input[name=date]").attr("value"),
                "reponse", "non")).body());
        assertThat(after.select(".reponse").text()).as("the engine's answer, in English").contains("you are not coming to “Concert de Noël”");
        assertThat(after.select(".ma-reponse .actuelle").text()).isEqualTo("You answered: No.");
    }
}
