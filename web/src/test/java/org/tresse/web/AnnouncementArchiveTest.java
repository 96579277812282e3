package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * {@code /annonces} of a village with hundreds of announcements: pages of 50, newest first, with
 * links to the pages beside; the bureau's announcements neither shown nor counted; a page past the
 * last or not a number gets a clear answer.
 */
@StoreTest
class AnnouncementArchiveTest {
    private static final int PUBLIC = 230;

    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private WebClient visitor;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        visitor = new WebClient(village.base());
        MemoryChannel console = village.console();
        console.say("ana", "/moi");
        console.say("ana", "/annonce \"**Assemblée générale** samedi 10h à la Vayssade\" --tous");
        console.say("ana", "/confirmer 1");
        village.pastAnnouncements(PUBLIC - 1);
    }

    @AfterEach
    void stop() {
        village.close();
    }

    private static List<String> texts(Document page) {
        return page.select("article.annonce p").eachText();
    }

    @Test
    void hundredsOfAnnouncementsComeInPagesWithNextAndPreviousLinks() {
        Document first = visitor.page("/annonces");
        assertThat(first.select("article.annonce")).hasSize(50);
        assertThat(texts(first).get(0)).isEqualTo("Assemblée générale samedi 10h à la Vayssade");
        assertThat(texts(first).get(1)).isEqualTo("Annonce n°" + (PUBLIC - 1));
        assertThat(first.select("nav.pages").attr("aria-label")).isEqualTo("Pages des annonces");
        assertThat(first.select("nav.pages p").text()).isEqualTo("Page 1 sur 5");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/annonces?page=2");

        List<String> all = new ArrayList<>(texts(first));
        Document page = first;
        for (int number = 2; number <= 5; number++) {
            page = visitor.page(page.select("a[rel=next]").attr("href"));
            assertThat(page.select("nav.pages p").text()).isEqualTo("Page " + number + " sur 5");
            assertThat(page.title()).startsWith("Annonces, page " + number);
            assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo(number == 2 ? "/annonces" : "/annonces?page=" + (number - 1));
            all.addAll(texts(page));
        }
        assertThat(page.select("article.annonce")).hasSize(PUBLIC - 4 * 50);
        assertThat(page.select("a[rel=next]")).as("the last page").isEmpty();
        assertThat(texts(page).get(texts(page).size() - 1)).isEqualTo("Annonce n°1");
        assertThat(all).hasSize(PUBLIC).doesNotHaveDuplicates().noneMatch(text -> text.contains("bureau"));
    }

    @Test
    void aPagePastTheLastSaysWhichIsTheLast() {
        HttpResponse<String> past = visitor.get("/annonces?page=9");

        assertThat(past.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(past.body());
        assertThat(page.select("h1").text()).isEqualTo("Cette page n’existe pas");
        assertThat(page.select("main p").first().text()).isEqualTo("Il n’y a pas de page 9 : la dernière est la page 5.");
        assertThat(page.select("a[href=/annonces?page=5]").text()).isEqualTo("Aller à la dernière page");

        assertThat(visitor.get("/annonces?page=9999999999").statusCode()).as("a number, too far").isEqualTo(404);
        Document english = Jsoup.parse(visitor.get("/annonces?page=9&lang=en").body());
        assertThat(english.select("main p").first().text()).isEqualTo("There is no page 9: the last one is page 5.");
    }

    @Test
    void aPageThatIsNotANumberSaysHowToWriteOne() {
        for (String wrong : new String[] {"0", "-1", "deux", "2.5", "1e3"}) {
            HttpResponse<String> response = visitor.get("/annonces?page=" + wrong);
            assertThat(response.statusCode()).as(wrong).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("Numéro de page incorrect");
            assertThat(page.text()).contains("un nombre à partir de 1, par exemple /annonces?page=2").doesNotContain(wrong + " ");
            assertThat(page.select("a[href=/annonces]")).isNotEmpty();
        }
    }

    @Test
    void theFeedAndTheHomePageStillShowOnlyTheLatestPublicOnes() {
        String feed = visitor.get("/flux.atom").body();
        assertThat(feed.split("<entry>", -1)).hasSize(30 + 1);
        assertThat(feed).doesNotContain("bureau");
        Document home = visitor.page("/");
        assertThat(home.select("article.annonce").first().text()).contains("Assemblée générale");
    }
}
