package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;

/** The personal ballot: /lien, one use, 15 minutes, one person one vote across chat and web, the chat's tally. */
class BallotTest {
    private static final Pattern LINK = Pattern.compile("http://tresse\\.test/vote/([a-z2-7]{32})");

    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private MemoryChannel console;

    @BeforeEach
    void start() {
        village = WebVillage.start(db.database());
        console = village.console();
        console.say("ana", "/moi");
        village.members("bob", "chloe");
    }

    @AfterEach
    void stop() {
        village.close();
    }

    private String linkFor(String user, String command) {
        console.say(user, command);
        Matcher link = LINK.matcher(console.lastReplyTo(user));
        assertThat(link.find()).as(console.lastReplyTo(user)).isTrue();
        return village.local(link.group());
    }

    @Test
    void aMemberRanksThreeOptionsOnThePersonalBallotAndTheChatCountsItOnce() {
        console.say("ana", "/sondage \"Quel nom pour le café ?\" \"La Tresse\" \"Le Lien\" \"Chez Nous\" --type classement");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());

        Document ballot = bob.page(link);
        assertThat(ballot.select("legend").text()).isEqualTo("Sondage 1 — Quel nom pour le café ?");
        assertThat(ballot.select("select[name^=rang-]")).hasSize(3);
        assertThat(ballot.select("label[for=r-1-2]").text()).isEqualTo("Le Lien");

        HttpResponse<String> voted = bob.post(link, Map.of("formulaire", ballot.select("input[name=formulaire]").attr("value"),
                "sondage", "1", "rang-1", "2", "rang-2", "1", "rang-3", "3"));

        assertThat(voted.statusCode()).isEqualTo(200);
        Document done = Jsoup.parse(voted.body());
        assertThat(done.select("h1").text()).isEqualTo("Merci, votre vote est enregistré");
        assertThat(done.select(".reponse").text()).contains("Le Lien > La Tresse > Chez Nous");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Participation : 1 sur 3").contains("1. Le Lien");
        console.say("bob", "/vote 1 3>1>2");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Participation : 1 sur 3").contains("1. Chez Nous");
    }

    @Test
    void aDatePollIsAnsweredByTickingTheDatesThatSuitAndItsPageSaysTheBestDate() {
        console.say("ana", "/sondage \"Date de l’AG ?\" \"mardi 12 mars 20h\" \"jeudi 14 mars 20h\" \"samedi 16 mars 10h\" --type dates");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        Document ballot = bob.page(link);
        assertThat(ballot.select("input[type=checkbox][name=choix]")).hasSize(3);
        assertThat(ballot.select("label[for=o-1-2]").text()).isEqualTo("jeudi 14 mars 2024 à 20:00");
        assertThat(ballot.text()).contains("Cochez les dates qui vous conviennent");
        String form = ballot.select("input[name=formulaire]").attr("value");

        HttpResponse<String> voted = bob.post(link, List.of(Map.entry("formulaire", form), Map.entry("sondage", "1"),
                Map.entry("choix", "3"), Map.entry("choix", "1")));

        assertThat(voted.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(voted.body()).select("h1").text()).isEqualTo("Merci, votre vote est enregistré");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("1. mardi 12 mars 2024 à 20:00 — 1 oui, 0 si besoin, 0 non",
                "jeudi 14 mars 2024 à 20:00 — 0 oui, 0 si besoin, 1 non");
        Document page = new WebClient(village.base()).page("/sondages/1");
        assertThat(page.text()).contains("Date retenue : mardi 12 mars 2024 à 20:00.");

        String other = linkFor("chloe", "/lien 1");
        WebClient chloe = new WebClient(village.base());
        String chloeForm = chloe.page(other).select("input[name=formulaire]").attr("value");
        assertThat(chloe.post(other, Map.of("formulaire", chloeForm, "sondage", "1")).statusCode()).isEqualTo(200);
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).as("none ticked: no date suits").contains("jeudi 14 mars 2024 à 20:00 — 0 oui, 0 si besoin, 2 non");
    }

    @Test
    void aLinkServesOnceAnotherBrowserFindsItSpentTheSameOneMayGoOn() {
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\"");
        console.say("ana", "/sondage \"Quel jour pour la fête ?\" samedi dimanche");
        String link = linkFor("bob", "/lien");
        WebClient bob = new WebClient(village.base());
        Document ballot = bob.page(link);
        assertThat(ballot.select("form.bulletin")).hasSize(2);
        String form = ballot.select("input[name=formulaire]").attr("value");

        assertThat(bob.post(link, Map.of("formulaire", form, "sondage", "1", "choix", "1")).statusCode()).isEqualTo(200);
        HttpResponse<String> twice = bob.post(link, Map.of("formulaire", form, "sondage", "1", "choix", "1"));
        assertThat(Jsoup.parse(twice.body()).select("h1").text()).isEqualTo("Vote déjà reçu");
        bob.page(link);
        assertThat(bob.post(link, Map.of("formulaire", "another-form-id-123", "sondage", "2", "choix", "2")).statusCode()).isEqualTo(200);

        WebClient eve = new WebClient(village.base());
        HttpResponse<String> stolen = eve.get(link);
        assertThat(stolen.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(stolen.body()).select("h1").text()).isEqualTo("Ce lien ne marche plus");
        assertThat(village.count("select count(*) from ballot")).isEqualTo(2);
    }

    @Test
    void aLinkExpiresAfterFifteenMinutes() {
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\"");
        String link = linkFor("bob", "/lien 1");
        village.advance(Duration.ofMinutes(16));

        assertThat(new WebClient(village.base()).get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void aBallotWithNothingChosenSaysSoBesideThePoll() {
        console.say("ana", "/sondage \"Quels ateliers ?\" couture vélo cuisine --type multiple --max 2");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        String form = bob.page(link).select("input[name=formulaire]").attr("value");

        HttpResponse<String> none = bob.post(link, Map.of("formulaire", form, "sondage", "1"));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(none.body()).select("#choix-1-erreur").text()).isEqualTo("Choisissez une réponse avant de voter.");

        HttpResponse<String> unknownPoll = bob.post(link, Map.of("formulaire", form, "sondage", "7", "choix", "1"));
        assertThat(unknownPoll.statusCode()).isEqualTo(409);
        assertThat(village.count("select count(*) from ballot")).isZero();
        assertThat(new WebClient(village.base()).get(link).statusCode()).as("not used by refused forms").isEqualTo(200);
    }

    @Test
    void gradesOfAMajorityJudgmentFromThePhoneFriendlyBallot() {
        console.say("ana", "/sondage \"Quel projet pour 2024 ?\" Four Jardin Atelier --type jugement");
        String link = linkFor("chloe", "/lien 1");
        WebClient chloe = new WebClient(village.base());
        Document ballot = chloe.page(link);
        assertThat(ballot.select("select#m-1-1 option")).extracting(option -> option.text())
                .contains("Excellent", "Très bien", "À rejeter");

        chloe.post(link, Map.of("formulaire", ballot.select("input[name=formulaire]").attr("value"), "sondage", "1",
                "mention-1", "0", "mention-2", "2", "mention-3", "6"));

        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Participation : 1 sur 3").contains("1. Four — mention majoritaire : Excellent")
                .contains("3. Atelier — mention majoritaire : À rejeter");
    }

    @Test
    void aResidentMayNotAskALinkForAMembersPollAndNoTokenIsEverLogged() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            console.say("ana", "/sondage \"Augmenter la cotisation ?\"");
            console.say("dede", "/lien 1");
            assertThat(console.lastReplyTo("dede")).doesNotContain("tresse.test/vote");

            String link = linkFor("bob", "/lien 1");
            String token = link.substring(link.lastIndexOf('/') + 1);
            WebClient bob = new WebClient(village.base());
            Document ballot = bob.page(link);
            bob.post(link, Map.of("formulaire", ballot.select("input[name=formulaire]").attr("value"), "sondage", "1", "choix", "1"));
            new WebClient(village.base()).get(link);

            assertThat(logs.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(token));
        } finally {
            root.detachAppender(logs);
        }
    }

    @Test
    void aPublicVoteByEmailSendsTheLinkToTheAddressNeverToThePage() {
        console.say("ana", "/sondage \"Un marché le jeudi ?\" --public");
        WebClient visitor = new WebClient(village.base());
        visitor.get("/sondages/1");

        HttpResponse<String> asked = visitor.post("/sondages/1/par-email", Map.of("adresse", "Eve@Example.org"));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Regardez votre messagerie").doesNotContain("/vote/");
        MemoryChannel email = village.channel("email");
        String mail = email.lastReplyTo("eve@example.org");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        WebClient eve = new WebClient(village.base());
        String local = village.local(link.group());
        Document ballot = eve.page(local);
        eve.post(local, Map.of("formulaire", ballot.select("input[name=formulaire]").attr("value"), "sondage", "1", "choix", "1"));
        assertThat(village.count("select count(*) from ballot")).isEqualTo(1);

        HttpResponse<String> bad = visitor.post("/sondages/1/par-email", Map.of("adresse", "pas une adresse"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select("#adresse-erreur").text()).contains("n’est pas une adresse e-mail");
    }

    @Test
    void askedInAGroupTheLinkGoesInPrivateOnly() {
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\"");
        MemoryChannel telegram = village.channel("telegram");
        village.core().database().useTransaction(handle -> {
            long bob = village.core().people().resolve(handle, new org.tresse.core.message.Identity("telegram", "42"), "bob").id();
            village.core().people().grant(handle, bob, org.tresse.core.people.Role.MEMBER, java.util.Optional.empty());
        });

        telegram.sayIn("cafe-room", "42", "/lien 1");

        assertThat(telegram.repliesTo("cafe-room")).noneSatisfy(text -> assertThat(text).contains("/vote/"));
        assertThat(telegram.lastReplyTo("42")).containsPattern(LINK);
    }

    @Test
    void aSecretBallotFromTheWebIsCountedAndTiedToNobody() {
        console.say("ana", "/sondage \"Élire la trésorière ?\" --secret");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        Document ballot = bob.page(link);
        assertThat(ballot.text()).contains("Vote secret");

        Document done = Jsoup.parse(bob.post(link, Map.of("formulaire", ballot.select("input[name=formulaire]").attr("value"),
                "sondage", "1", "choix", "2")).body());

        assertThat(done.select("h1").text()).isEqualTo("Merci, votre vote est enregistré");
        assertThat(done.select(".reponse").text()).doesNotContain("Contre");
        console.say("ana", "/resultats 1");
        assertThat(console.lastReplyTo("ana")).contains("Pour l’instant : 1 vote(s)");
        Document page = new WebClient(village.base()).page("/sondages/1");
        assertThat(page.text()).contains("Participation jusqu’ici : 1.");
        assertThat(page.select("table, svg")).as("as secret as in chat: nothing counted before close").isEmpty();
    }

    @Test
    void aSecretPollWithLiveResultsSaysItsTallyMovesInBatches() {
        console.say("ana", "/sondage \"Élire la trésorière ?\" --secret --resultats-en-direct");

        assertThat(new WebClient(village.base()).page("/sondages/1").text()).contains("par paquets");
    }
}
