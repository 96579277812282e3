package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.TresseConfig;
import org.tresse.core.message.Identity;
import org.tresse.core.people.Role;

/**
 * {@code tresse run} with email and public web pages: the ballot a member receives through a real
 * mail server (GreenMail) carries a personal link; it opens the ballot on the web port, the vote
 * counts once, and the spent link, a forged one and the link of a closed poll are refused clearly.
 */
class EmailBallotLinkAppTest {
    private static final String PUBLIC = "https://lavoir.example";
    private static final String BOB = "bob@example.org";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC) + "/vote/[a-z2-7]{32}");

    @RegisterExtension
    static final GreenMailExtension greenMail = MailedTresse.greenMail();

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** The browser's cookies, sent back by hand: they are {@code Secure} (the public address is https), this test speaks http. */
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PipedOutputStream console;
    private TresseApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        console.close();
    }

    @Test
    void theLinkInARealBallotMailOpensTheWebBallotAndTheVoteCountsOnce() throws Exception {
        start();
        say("/moi");
        member(BOB);
        say("/sondage \"Ouvrir le lavoir le dimanche ?\" --jusqua 3j");
        String link = linkIn(awaitMail(BOB, 1));

        HttpResponse<String> page = get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ouvrir le lavoir le dimanche ?");
        HttpResponse<String> voted = post(link, Map.of("csrf", field(page.body(), "csrf"), "formulaire", field(page.body(), "formulaire"),
                "sondage", "1", "choix", "1"));
        assertThat(voted.statusCode()).isEqualTo(200);
        assertThat(voted.body()).contains("Merci, votre vote est enregistré");
        assertThat(ballots()).isEqualTo(1);

        HttpResponse<String> twice = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(twice.statusCode()).as("spent").isEqualTo(410);
        assertThat(twice.body()).contains("Ce lien ne marche plus").contains("jusqu’à la clôture du sondage");
        String forged = link.substring(0, link.length() - 4) + (link.endsWith("zzzz") ? "aaaa" : "zzzz");
        assertThat(get(forged).statusCode()).as("forged").isEqualTo(410);
        assertThat(ballots()).isEqualTo(1);

        say("/sondage \"Changer la serrure ?\" --jusqua 3j");
        String second = linkIn(awaitMail(BOB, 2));
        HttpResponse<String> open = get(second);
        say("/clore 2");
        await().atMost(Duration.ofSeconds(30)).until(() -> app.core().database().inTransaction(handle ->
                handle.count("select count(*) from poll where id = 2 and closed_at is not null")) == 1);
        HttpResponse<String> closed = post(second, Map.of("csrf", field(open.body(), "csrf"), "formulaire", field(open.body(), "formulaire"),
                "sondage", "2", "choix", "1"));
        assertThat(closed.statusCode()).as("closed poll").isIn(409, 410);
        assertThat(closed.body()).containsAnyOf("Sondage indisponible", "Ce lien ne marche plus");
        assertThat(ballots()).isEqualTo(1);
    }

    private void start() throws Exception {
        TresseConfig config = MailedTresse.config(directory, greenMail, PUBLIC);
        console = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(console);
        app = TresseApp.start(config, new ConsoleIo(input, new PrintStream(printed, true, StandardCharsets.UTF_8),
                false, "ana"), Clock.systemUTC(), () -> { });
    }

    private void say(String line) throws Exception {
        long before = handled();
        console.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        console.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> handled() > before);
    }

    /** How much the console has printed: each line said is answered. */
    private long handled() {
        synchronized (printed) {
            return printed.size();
        }
    }

    private void member(String address) {
        app.core().database().useTransaction(handle -> {
            long id = app.core().people().resolve(handle, new Identity("email", address), "Bob").id();
            app.core().people().grant(handle, id, Role.MEMBER, Optional.empty());
        });
    }

    private long ballots() {
        return app.core().database().inTransaction(handle -> handle.count("select count(*) from ballot"));
    }

    private MimeMessage awaitMail(String to, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(to).length >= count);
        return mailsTo(to)[count - 1];
    }

    private static MimeMessage[] mailsTo(String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(to));
            } catch (Exception e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }

    /** The mail's personal link, pointed at the port this Tresse listens on (a reverse proxy's job in production). */
    private String linkIn(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a personal link in %s", body).isTrue();
        return link.group().replace(PUBLIC, "http://127.0.0.1:" + app.webPort().orElseThrow());
    }

    private static String field(String html, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(value.find()).as("field %s", name).isTrue();
        return value.group(1);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return response;
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
