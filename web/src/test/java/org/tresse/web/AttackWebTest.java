package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** A hostile visitor at the web front door: each test is an attack that must get nothing. */
@StoreTest
class AttackWebTest {
    private static final Pattern LINK = Pattern.compile("http://tresse\\.test/vote/([a-z2-7]{32})");

    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    private WebVillage village;
    private MemoryChannel console;

    private void start(java.util.function.UnaryOperator<WebOptions> tune) {
        village = WebVillage.start(db.database(), tune);
        console = village.console();
        console.say("ana", "/moi");
        village.members("bob", "chloe");
    }

    private void start() {
        start(options -> options);
    }

    @AfterEach
    void stop() {
        if (village != null) {
            village.close();
        }
    }

    private String linkFor(String user, String command) {
        console.say(user, command);
        Matcher link = LINK.matcher(console.lastReplyTo(user));
        assertThat(link.find()).as(console.lastReplyTo(user)).isTrue();
        return village.local(link.group());
    }

    /** The hidden fields of a form as the page gave them (token, form id): what a browser sends again. */
    private static Map<String, String> hiddenFields(Document page, String form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        page.select(form + " input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return fields;
    }

    private int port() {
        return Integer.parseInt(village.base().substring(village.base().lastIndexOf(':') + 1));
    }

    private String raw(String requestLine, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForgedXForwardedForDoesNotRefillTheRateLimitWhenNotBehindAProxy() {
        start(options -> options.withFormLimit(2, Duration.ofHours(1)));
        WebClient visitor = new WebClient(village.base());
        visitor.get("/avis");
        for (int index = 0; index < 2; index++) {
            visitor.post("/avis", Map.of("texte", "Avis " + index));
        }
        for (String forged : List.of("10.0.0.1", "203.0.113.9")) {
            HttpResponse<String> response = visitor.postWith("/avis", Map.of("texte", "Encore " + forged),
                    Map.of("X-Forwarded-For", forged, "Forwarded", "for=" + forged, "X-Real-IP", forged));
            assertThat(response.statusCode()).as(forged).isEqualTo(429);
        }
        assertThat(village.count("select count(*) from voice")).isEqualTo(2);
    }

    @Test
    void traversalAndOddPathsServeNothingFromTheDisk() throws Exception {
        start();
        for (String path : List.of("/style.css/../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
                "/static/../texts.properties", "/org/tresse/web/texts.properties", "/style.css%00.html", "/logo/../../pom.xml",
                "/vote/..%2f..%2fsante", "//etc/passwd", "/decisions/1%0d%0aSet-Cookie:%20x=1", "/sondages/-1", "/sondages/99999999999999999999")) {
            String answer = raw("GET " + path + " HTTP/1.1");
            assertThat(answer).as(path).doesNotContain("root:").doesNotContain("bulletin.titre").doesNotContainIgnoringCase("set-cookie: x=1")
                    .doesNotContainIgnoringCase("exception");
            assertThat(answer.substring(9, 12)).as(path).isIn("400", "404", "410");
        }
    }

    @Test
    void nothingAVisitorTypesReachesAResponseHeader() throws Exception {
        start();
        String answer = raw("GET /?lang=en%0d%0aX-Injected:%201 HTTP/1.1", "Accept-Language: fr\r\nX-Also: 2");
        assertThat(answer).doesNotContainIgnoringCase("x-injected");
        String unsubscribe = raw("GET /desabonnement?token=abcdefghijklmnop%0d%0aX-Injected:%201 HTTP/1.1");
        assertThat(unsubscribe).doesNotContainIgnoringCase("x-injected");
        String cookie = raw("GET / HTTP/1.1", "Cookie: tresse_lang=en%0d%0aX-Injected: 1; tresse_csrf=AAAAAAAAAAAAAAAAAAAAAA\r\n ;x");
        assertThat(cookie).doesNotContainIgnoringCase("x-injected");
    }

    @Test
    void aLinkOpenedBeforeThePollClosedCannotVoteAfter() {
        start();
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\"");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        Document ballot = bob.page(link);
        String form = ballot.select("input[name=formulaire]").attr("value");
        console.say("ana", "/clore 1");

        HttpResponse<String> late = bob.post(link, Map.of("formulaire", form, "sondage", "1", "choix", "1"));

        assertThat(late.statusCode()).isNotEqualTo(200);
        assertThat(village.count("select count(*) from ballot")).isZero();
    }

    @Test
    void aLinkAskedForOnePollCannotVoteInAnotherNorForAPollThePersonMayNotVoteIn() {
        start();
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\"");
        console.say("ana", "/sondage \"Quel jour pour la fête ?\" samedi dimanche");
        console.say("ana", "/sondage \"Réservé au bureau ?\" --groupe bureau");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        Document ballot = bob.page(link);
        String form = ballot.select("input[name=formulaire]").attr("value");

        for (String other : List.of("2", "3", "0", "1 ", "01")) {
            HttpResponse<String> response = bob.post(link, Map.of("formulaire", form, "sondage", other, "choix", "1"));
            assertThat(response.statusCode()).as(other).isNotEqualTo(200);
        }
        assertThat(village.count("select count(*) from ballot")).isZero();
        String any = linkFor("chloe", "/lien");
        WebClient chloe = new WebClient(village.base());
        Document all = chloe.page(any);
        assertThat(all.select("form.bulletin")).hasSize(2);
        HttpResponse<String> bureau = chloe.post(any, Map.of("formulaire", all.select("input[name=formulaire]").attr("value"),
                "sondage", "3", "choix", "1"));
        assertThat(bureau.statusCode()).isNotEqualTo(200);
        assertThat(village.count("select count(*) from ballot where poll_id = 3")).isZero();
    }

    @Test
    void aVisitorCannotSlipACommandIntoAVoice() {
        start();
        WebClient visitor = new WebClient(village.base());
        visitor.get("/avis");
        for (String text : List.of("\u200B/annonce \"Fermé demain\" --tous", "\u00A0/sondage \"Piège ?\"", "\uFEFF/lien",
                "\u2003/avis-liste")) {
            HttpResponse<String> sent = visitor.post("/avis", Map.of("texte", text, "adresse", "eve@example.org"));
            assertThat(sent.body()).as(text).doesNotContain("/vote/").doesNotContain("annonce n°");
        }
        assertThat(village.count("select count(*) from announcement")).isZero();
        assertThat(village.count("select count(*) from poll")).isZero();
    }

    /*
     * Was FINDING (web, medium): a voice left on /avis WITH an address was sent as one line of free
     * text, so the router's chat niceties applied: "Aide" got "Vouliez-vous dire /aide ?" and no
     * voice was kept, while the page said "Votre avis est bien reçu". Now the web has its own voice
     * intake (VoiceIntake), around the router: nothing typed in the form is a command.
     */
    @Test
    void aNamedVoiceThatLooksLikeACommandIsStillKeptAsAVoice() {
        start();
        WebClient visitor = new WebClient(village.base());
        visitor.get("/avis");

        HttpResponse<String> sent = visitor.post("/avis", Map.of("texte", "Aide", "adresse", "eve@example.org"));

        assertThat(Jsoup.parse(sent.body()).text()).doesNotContain("Vouliez-vous dire");
        assertThat(village.count("select count(*) from voice")).isEqualTo(1);
    }

    @Test
    void aPersonalLinkRequestedByAStrangerForAnAddressDoesNotEnrolItForLaterBallots() {
        start();
        console.say("ana", "/sondage \"Un marché le jeudi ?\" --public");
        WebClient stranger = new WebClient(village.base());
        stranger.get("/sondages/1");
        stranger.post("/sondages/1/par-email", Map.of("adresse", "victim@example.org"));
        MemoryChannel email = village.channel("email");
        int before = email.repliesTo("victim@example.org").size();

        console.say("ana", "/sondage \"Une fête en juin ?\" --public");
        console.say("ana", "/sondage \"Une buvette ?\" --public");
        village.deliverAll();

        assertThat(email.repliesTo("victim@example.org")).hasSize(before);
    }

    @Test
    void anAnnouncementWithCharactersXmlForbidsKeepsTheFeedReadable() throws Exception {
        start();
        console.say("ana", "/annonce \"Fête \uFFFE au café \uD83C\" --tous");
        console.say("ana", "/confirmer 1");
        String feed = new WebClient(village.base()).get("/flux.atom").body();

        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void personalPagesAreNeverStoredByACache() {
        start();
        console.say("ana", "/sondage \"Ouvrir le dimanche ?\"");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        HttpResponse<String> page = bob.get(link);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String form = Jsoup.parse(page.body()).select("input[name=formulaire]").attr("value");
        HttpResponse<String> voted = bob.post(link, Map.of("formulaire", form, "sondage", "1", "choix", "1"));
        assertThat(voted.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> wrong = bob.post(link, Map.of("formulaire", form, "sondage", "1"));
        assertThat(wrong.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> bad = bob.post(link, Map.of("formulaire", form, "sondage", "7", "choix", "1"));
        assertThat(bad.headers().firstValue("Cache-Control")).as("409 of a personal page").hasValue("no-store");
    }

    /**
     * Slow bodies: a form body trickled at just above the minimum data rate holds one of the 16
     * request threads for as long as it lasts (64 KiB at 600 B/s: almost two minutes); 16 such
     * connections, 10 KB/s in all, would take the whole site down.
     */
    @Test
    void bodiesSentSlowlyDoNotTakeEveryThreadOfTheSite() throws Exception {
        start();
        List<Socket> slow = new java.util.ArrayList<>();
        java.util.concurrent.ScheduledExecutorService trickle = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            for (int index = 0; index < 20; index++) {
                Socket socket = new Socket("127.0.0.1", port());
                socket.getOutputStream().write(("POST /avis HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 65000\r\n\r\ntexte=").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(socket -> {
                try {
                    socket.getOutputStream().write("a".repeat(100).getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException closed) {
                    // the server dropped it: fine
                }
            }), 0, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);

            HttpResponse<String> home = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(village.base() + "/"))
                    .timeout(Duration.ofSeconds(8)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(home.statusCode()).isEqualTo(200);
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** Trojan Source in Tresse: text direction overrides make a title, an option or a name read otherwise than it is. */
    @Test
    void directionOverridesAreRefusedInTextsAndDroppedFromNames() {
        start();
        console.say("ana", "/sondage \"Budget de la fête ?\" \"Pour\u202E ertnoC\" Contre");
        assertThat(console.lastReplyTo("ana")).contains("caractères invisibles");
        console.say("ana", "/decision \"Achat \u2066d’un four\u2069\" \"Voté en AG\"");
        assertThat(console.lastReplyTo("ana")).contains("caractères invisibles");
        assertThat(village.count("select count(*) from poll")).isZero();
        assertThat(village.count("select count(*) from decision")).isZero();

        village.channel("telegram").receive(new org.tresse.core.message.Inbound("telegram", "t-1", "77", org.tresse.core.message.RoomKind.PRIVATE,
                new org.tresse.core.message.Identity("telegram", "77"), "\u202Eenna\u202C (bureau)", new org.tresse.core.message.Payload.Text("/moi"),
                java.util.Optional.empty(), true));

        assertThat(village.count("select count(*) from person where display_name like ?", "%\u202E%")).isZero();
        assertThat(village.count("select count(*) from person where display_name = ?", "enna (bureau)")).isEqualTo(1);
    }

    /*
     * Was FINDING (web, secret ballots, low): a vote from the personal ballot page was an inbound
     * event "b-<form>-<poll>" logged with the voter's person_id, and a used link kept person_id,
     * poll_id and used_at: the file said who took part in secret poll N. Now the event id is a
     * digest under the run's key, and a used link forgets its poll (the session cookie carries it).
     */
    @Test
    void aSecretBallotFromTheWebLeavesNoRowNamingTheVoterAndThePoll() {
        start();
        console.say("ana", "/sondage \"Élire la trésorière ?\" --secret");
        String link = linkFor("bob", "/lien 1");
        WebClient bob = new WebClient(village.base());
        Document ballot = bob.page(link);
        String form = ballot.select("input[name=formulaire]").attr("value");
        bob.post(link, Map.of("formulaire", form, "sondage", "1", "choix", "2"));
        long bobId = village.count("select person_id from identity where channel = 'console' and external_id = 'bob'");

        assertThat(village.count("select count(*) from ballot where poll_id = 1")).isEqualTo(1);
        assertThat(village.count("select count(*) from inbound_log where person_id = ? and event_id like '%-1'", bobId)).isZero();
        // nor the form's id, which the used link keeps (used_by)
        assertThat(village.count("select count(*) from inbound_log where person_id = ? and event_id like ?", bobId, "%" + form + "%"))
                .isZero();
        assertThat(village.count("select count(*) from personal_link where person_id = ? and poll_id = 1 and used_at is not null",
                bobId)).isZero();
        // the browser that voted may still change its vote, in that poll only
        console.say("ana", "/sondage \"Un vide-grenier en mai ?\"");
        Document again = bob.page(link);
        assertThat(again.select("input[name=sondage]").eachAttr("value")).containsExactly("1");
    }

    /** The public vote by email: a form that makes Tresse write to any address typed in it. */
    @Test
    void aVisitorCannotMakeTresseFloodAMailboxWithPersonalLinks() {
        start();
        console.say("ana", "/sondage \"Un marché le jeudi ?\" --public");
        MemoryChannel email = village.channel("email");
        for (int index = 0; index < 6; index++) {
            WebClient stranger = new WebClient(village.base());
            stranger.get("/sondages/1");
            HttpResponse<String> asked = stranger.post("/sondages/1/par-email", Map.of("adresse", index % 2 == 0 ? "Victim@Example.org" : "victim@example.org"));
            assertThat(asked.statusCode()).isEqualTo(200);
            assertThat(asked.body()).contains("Regardez votre messagerie");
        }

        assertThat(email.repliesTo("victim@example.org")).hasSizeLessThanOrEqualTo(2);
    }

    /** A double click, or a browser sending the form again after a network failure: the same form, twice. */
    @Test
    void theSameVoiceOrAnswerFormSentTwiceIsKeptOnce() {
        start();
        console.say("ana", "/sondage \"Vos idées ?\" --type consultation --public");
        WebClient visitor = new WebClient(village.base());
        Document voice = visitor.page("/avis");
        Map<String, String> fields = hiddenFields(voice, "form[action=/avis]");
        fields.put("texte", "Des bancs devant le café");
        fields.put("adresse", "eve@example.org");
        HttpResponse<String> first = visitor.postRaw("/avis", WebClient.encode(fields), "application/x-www-form-urlencoded");
        HttpResponse<String> again = visitor.postRaw("/avis", WebClient.encode(fields), "application/x-www-form-urlencoded");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(village.count("select count(*) from voice")).isEqualTo(1);

        Document poll = visitor.page("/sondages/1");
        Map<String, String> answer = hiddenFields(poll, "form[action=/sondages/1/repondre]");
        answer.put("reponse", "Un jardin partagé");
        visitor.postRaw("/sondages/1/repondre", WebClient.encode(answer), "application/x-www-form-urlencoded");
        visitor.postRaw("/sondages/1/repondre", WebClient.encode(answer), "application/x-www-form-urlencoded");

        assertThat(village.count("select count(*) from consultation_answer")).isEqualTo(1);
    }

    /** A visitor's Markdown must not become live links or "official" bold text in the coordinators' messages. */
    @Test
    void aVisitorsVoiceReachesTheCoordinatorsAsTextNotAsALink() {
        start();
        WebClient visitor = new WebClient(village.base());
        visitor.get("/avis");
        visitor.post("/avis", Map.of("texte", "**Message de la coordination** : [confirmez votre compte ici](https://evil.example/login)"));

        console.say("ana", "/avis 1");

        // the coordinator reads what the visitor typed, those very characters; the message as every channel parses it has no link
        assertThat(console.lastReplyTo("ana")).contains("**Message de la coordination** : [confirmez votre compte ici](https://evil.example/login)");
        List<org.tresse.testkit.Delivered> sent = console.delivered();
        String markup = sent.get(sent.size() - 1).content().text();
        String shown = org.tresse.web.view.Markdown.html(markup);
        assertThat(shown).as(markup).contains("confirmez votre compte").doesNotContain("href=\"https://evil.example").doesNotContain("<strong>");
    }

    /*
     * Was FINDING (web, low): an ANONYMOUS voice sent twice (double click, browser retry) was kept
     * twice: the engine forgets an anonymous voice's event (InboundLog.forget, so the file names no
     * author), and with it what would recognise the second copy. Now the voice page keeps the last
     * anonymous forms' ids in memory (RecentForms).
     */
    @Test
    void theSameAnonymousVoiceSentTwiceIsKeptOnce() {
        start();
        WebClient visitor = new WebClient(village.base());
        Document voice = visitor.page("/avis");
        Map<String, String> fields = hiddenFields(voice, "form[action=/avis]");
        fields.put("texte", "Des bancs devant le café");
        visitor.postRaw("/avis", WebClient.encode(fields), "application/x-www-form-urlencoded");
        HttpResponse<String> again = visitor.postRaw("/avis", WebClient.encode(fields), "application/x-www-form-urlencoded");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(village.count("select count(*) from voice")).isEqualTo(1);
        // the same words from another form are another voice
        Map<String, String> other = hiddenFields(visitor.page("/avis"), "form[action=/avis]");
        other.put("texte", "Des bancs devant le café");
        visitor.postRaw("/avis", WebClient.encode(other), "application/x-www-form-urlencoded");
        assertThat(village.count("select count(*) from voice")).isEqualTo(2);
    }
}
