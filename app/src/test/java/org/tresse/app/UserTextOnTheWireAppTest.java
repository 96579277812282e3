package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.connector.telegram.FakeBotApi;

/**
 * {@code tresse run} with Telegram (the Bot API's loopback server) and email (GreenMail): what
 * residents wrote — a voice with a disguised link, stars and underscores, a Telegram name with a
 * link — comes back in the coordination's answer and notices as those very characters on the
 * wire: no {@code <a href>}, no {@code <i>} or {@code <b>} in Telegram's HTML nor in the mail's HTML part.
 */
class UserTextOnTheWireAppTest {
    private static final String TYPED = "Le café ferme : [cliquez ici](http://evil.example) *urgent* _vite_";
    private static final String CARLA = "carla@example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final GreenMailExtension greenMail = MailedTresse.greenMail();

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PipedOutputStream console;
    private FakeBotApi bot;
    private TresseApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (bot != null) {
            bot.close();
        }
        console.close();
    }

    @Test
    void a_residents_words_quoted_back_by_telegram_and_by_mail_are_literal() throws Exception {
        start();
        say("/moi");
        bot.addUpdate(privateText(30001, 4242, "*Zoé* [site](http://evil.example)", "/avis " + TYPED));
        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(4242).size() == 1);
        GreenMailUtil.sendTextEmail(MailedTresse.BOT, CARLA, "Le café", TYPED, greenMail.getSmtp().getServerSetup());
        await().atMost(Duration.ofSeconds(60)).until(() -> voices() == 2);

        say("/avis 1");
        assertThat(printedText()).contains("*Zoé* [site](http://evil.example)", TYPED);
        say("/repondre 1 Merci, on regarde !");
        say("/repondre 2 Merci, on regarde !");

        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(4242).size() == 2);
        JsonNode answer = sentTo(4242).get(1);
        assertThat(answer.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(answer.path("text").asText()).contains("Réponse de la coordination", TYPED)
                .doesNotContain("<a ", "<i>", "<b>", "\\");

        MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> MailedTresse.mailsTo(greenMail, CARLA).stream()
                .filter(this::isAnswer).findFirst(), Optional::isPresent).orElseThrow();
        String html = part(mail, "text/html");
        assertThat(html).contains("[cliquez ici](http://evil.example) *urgent* _vite_").doesNotContain("<a ", "<em>", "<strong>", "\\");
        assertThat(part(mail, "text/plain")).contains(TYPED);
    }

    @Test
    void a_refusal_on_telegram_quotes_the_numbers_typed_as_typed_and_a_usage_unescaped() throws Exception {
        start();
        say("/moi");
        bot.addUpdate(privateText(30011, 4343, "Zoé", "/vote _9_ pour"));
        bot.addUpdate(privateText(30012, 4343, "Zoé", "/participe [*3*](http://evil.example) oui"));
        bot.addUpdate(privateText(30013, 4343, "Zoé", "/resultats"));
        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(4343).size() == 3);

        List<String> refusals = sentTo(4343).stream().map(sent -> sent.path("text").asText()).toList();
        assertThat(refusals.get(0)).contains("« _9_ » n’est pas un numéro de sondage").doesNotContain("<i>", "\\");
        assertThat(refusals.get(1)).contains("« [*3*](http://evil.example) » n’est pas un numéro d’événement").doesNotContain("<a ", "<b>", "<i>", "\\");
        assertThat(refusals.get(2)).contains("/resultats N [--detail]").doesNotContain("\\");
    }

    private void start() throws Exception {
        bot = FakeBotApi.start();
        String yaml = """
                association:
                  name: Les Amis du Lavoir
                storage:
                  url: jdbc:h2:file:%s
                channels:
                  console: { enabled: true }
                  telegram:
                    token: ${TELEGRAM_TOKEN}
                    base-url: %s
                    username: LavoirBot
                  email:
                    address: %s
                    imap: { host: 127.0.0.1, port: %d, security: none, user: bot, password: secret }
                    smtp: { host: 127.0.0.1, port: %d, security: none }
                web:
                  listen: 127.0.0.1:0
                """.formatted(directory.resolve("data").resolve("tresse"), bot.baseUrl(), MailedTresse.BOT,
                greenMail.getImap().getPort(), greenMail.getSmtp().getPort());
        TresseConfig config = new ConfigLoader(Map.of("TELEGRAM_TOKEN", FakeBotApi.TOKEN)::get).load(yaml, "tresse.yml");
        console = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(console);
        app = TresseApp.start(config, new ConsoleIo(input, new PrintStream(printed, true, StandardCharsets.UTF_8), false, "ana"),
                Clock.systemUTC(), () -> { });
    }

    private void say(String line) throws Exception {
        long before = printedText().length();
        console.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        console.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> printedText().length() > before);
    }

    private String printedText() {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    private long voices() {
        return app.core().database().inTransaction(handle -> handle.count("select count(*) from voice"));
    }

    private List<JsonNode> sentTo(long chat) {
        return bot.calls("sendMessage").stream().map(FakeBotApi.Call::body)
                .filter(body -> body.path("chat_id").asText().equals(String.valueOf(chat))).toList();
    }

    private boolean isAnswer(MimeMessage mail) {
        try {
            return part(mail, "text/plain").contains("Réponse de la coordination");
        } catch (Exception e) {
            return false;
        }
    }

    private static String privateText(long updateId, long userId, String firstName, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100000 + 1)
                + ",\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":" + JSON.valueToTree(firstName) + "},"
                + "\"chat\":{\"id\":" + userId + ",\"first_name\":\"User\",\"type\":\"private\"},\"date\":1709370000,"
                + "\"text\":" + JSON.valueToTree(text) + "}}";
    }

    /** The first part of {@code type} in the mail, decoded. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int index = 0; index < multipart.getCount(); index++) {
                BodyPart child = multipart.getBodyPart(index);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
