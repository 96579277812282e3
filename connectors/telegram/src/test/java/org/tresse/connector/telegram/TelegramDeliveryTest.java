package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class TelegramDeliveryTest {
    private static final String CAFE = "-1001234567890";
    private static final Destination.Room CAFE_ROOM = new Destination.Room("telegram", CAFE, RoomKind.GROUP);
    private static final Destination.Direct ANA = new Destination.Direct("telegram", "1111111");

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private FakeBotApi server;
    private TelegramConnector connector;
    private long outboxIds = 1;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        connector = new TelegramConnector(TelegramPollingTest.options(server),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        server.close();
    }

    private DeliveryResult deliver(Destination destination, Content content) {
        return connector.deliver(new Outbound(outboxIds++, destination, content, 1));
    }

    private JsonNode lastBody(String method) {
        List<FakeBotApi.Call> calls = server.calls(method);
        assertThat(calls).as("calls of " + method).isNotEmpty();
        return calls.get(calls.size() - 1).body();
    }

    @Test
    void aTextIsSentAsEscapedHtmlAndAnswersWithItsMessageId() {
        DeliveryResult result = deliver(CAFE_ROOM, Content.notice("**Bonjour** <tous> & [site](https://tresse.example.org)"));

        assertThat(result).isEqualTo(new DeliveryResult.Sent("501"));
        JsonNode body = lastBody("sendMessage");
        assertThat(body.path("chat_id").asText()).isEqualTo(CAFE);
        assertThat(body.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(body.path("text").asText())
                .isEqualTo("<b>Bonjour</b> &lt;tous&gt; &amp; <a href=\"https://tresse.example.org\">site</a>");
        assertThat(body.has("reply_parameters")).isFalse();
        assertThat(body.has("reply_markup")).isFalse();
    }

    @Test
    void aDirectMessageGoesToThePersonsPrivateChat() {
        assertThat(deliver(ANA, Content.notice("coucou"))).isInstanceOf(DeliveryResult.Sent.class);

        assertThat(lastBody("sendMessage").path("chat_id").asText()).isEqualTo("1111111");
    }

    @Test
    void aReplyQuotesTheMessageItAnswers() {
        db.database().useTransaction(handle -> handle.update(
                "insert into telegram_message_ref (event_id, chat_id, message_id, received_at) values ('u10001', ?, 2046, current_timestamp)",
                Long.parseLong(CAFE)));

        deliver(CAFE_ROOM, Content.notice("Vote enregistré").replyingTo("u10001"));
        JsonNode quoted = lastBody("sendMessage").path("reply_parameters");
        deliver(CAFE_ROOM, Content.notice("Vote enregistré").replyingTo("u99999"));
        JsonNode unknown = lastBody("sendMessage");

        assertThat(quoted.path("message_id").asInt()).isEqualTo(2046);
        assertThat(quoted.path("allow_sending_without_reply").asBoolean()).isTrue();
        assertThat(unknown.has("reply_parameters")).isFalse();
    }

    @Test
    void buttonsBecomeAnInlineKeyboard() {
        deliver(CAFE_ROOM, Content.notice("Choisissez").withButtons(List.of(
                List.of(new Button("Pour", "v:7:1"), new Button("Contre", "v:7:2")), List.of(new Button("Abstention", "v:7:3")))));

        JsonNode keyboard = lastBody("sendMessage").path("reply_markup").path("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0).get(1).path("text").asText()).isEqualTo("Contre");
        assertThat(keyboard.get(0).get(1).path("callback_data").asText()).isEqualTo("v:7:2");
        assertThat(keyboard.get(1).get(0).path("callback_data").asText()).isEqualTo("v:7:3");
    }

    @Test
    void anEditUsesEditMessageTextAndAnUnchangedTextIsNoFailure() {
        DeliveryResult edited = deliver(CAFE_ROOM, Content.notice("Pour : **3**").editing("2050"));
        server.respondOnce("editMessageText", 400, FakeBotApi.error(400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly the same"));
        DeliveryResult unchanged = deliver(CAFE_ROOM, Content.notice("Pour : **3**").editing("2050"));

        assertThat(edited).isEqualTo(new DeliveryResult.Sent("2050"));
        assertThat(unchanged).isEqualTo(new DeliveryResult.Sent("2050"));
        JsonNode body = lastBody("editMessageText");
        assertThat(body.path("message_id").asInt()).isEqualTo(2050);
        assertThat(body.path("text").asText()).isEqualTo("Pour : <b>3</b>");
        assertThat(server.calls("sendMessage")).isEmpty();
    }

    @Test
    void aLongTextIsSentInPartsAndARetrySendsOnlyTheMissingOnes() {
        String paragraph = "mot ".repeat(750).strip();
        Content content = Content.notice(String.join("\n\n", "un " + paragraph, "deux " + paragraph, "trois " + paragraph))
                .withButtons(List.of(List.of(new Button("OK", "ok"))));
        server.respondOnce("sendMessage", 200, "{\"ok\":true,\"result\":{\"message_id\":900,\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"}}}");
        server.respondOnce("sendMessage", 429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}");

        Outbound outbound = new Outbound(42, CAFE_ROOM, content, 1);
        DeliveryResult first = connector.deliver(outbound);
        DeliveryResult second = connector.deliver(new Outbound(42, CAFE_ROOM, content, 2));

        assertThat(first).isEqualTo(new DeliveryResult.RetryAfter(Duration.ofSeconds(7)));
        assertThat(second).isInstanceOf(DeliveryResult.Sent.class);
        List<String> texts = server.calls("sendMessage").stream().map(call -> call.body().path("text").asText()).toList();
        assertThat(texts).hasSize(4);
        assertThat(texts.get(0)).startsWith("un ");
        assertThat(texts.get(1)).startsWith("deux ");
        assertThat(texts.get(2)).startsWith("deux ");
        assertThat(texts.get(3)).startsWith("trois ");
        assertThat(texts).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(4096));
        List<JsonNode> bodies = server.calls("sendMessage").stream().map(FakeBotApi.Call::body).toList();
        assertThat(bodies.get(3).has("reply_markup")).isTrue();
        assertThat(bodies.get(0).has("reply_markup")).isFalse();
    }

    @Test
    void tooManyRequestsIsRetriedAfterExactlyTheWaitTelegramGave() {
        server.respondOnce("sendMessage", 429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 13\",\"parameters\":{\"retry_after\":13}}");

        assertThat(deliver(CAFE_ROOM, Content.notice("x"))).isEqualTo(new DeliveryResult.RetryAfter(Duration.ofSeconds(13)));
    }

    @Test
    void aBlockedBotIsAPermanentFailureThatPausesThePersonsNotifications() {
        server.respondOnce("sendMessage", 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));

        DeliveryResult blocked = deliver(ANA, Content.notice("rappel"));
        int callsAfterBlock = server.calls("sendMessage").size();
        DeliveryResult later = deliver(ANA, Content.notice("autre rappel"));

        assertThat(blocked).isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.BLOCKED, 403)));
        assertThat(later).as("paused: nothing asked of Telegram").isEqualTo(new DeliveryResult.Permanent(Reason.BLOCKED));
        assertThat(server.calls("sendMessage")).hasSize(callsAfterBlock);
        long paused = db.database().inTransaction(handle -> handle.count("select count(*) from telegram_paused_chat where chat_id = 1111111"));
        assertThat(paused).isEqualTo(1);
    }

    @Test
    void writingAgainResumesPausedNotifications() {
        server.respondOnce("sendMessage", 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));
        deliver(ANA, Content.notice("rappel"));
        RecordingSink sink = new RecordingSink();
        server.addUpdate(Fixtures.update("private-command", 10000));
        connector.start(sink);

        await().atMost(Duration.ofSeconds(20)).until(() -> sink.received.size() == 1);

        assertThat(deliver(ANA, Content.notice("re-bonjour"))).isInstanceOf(DeliveryResult.Sent.class);
        long paused = db.database().inTransaction(handle -> handle.count("select count(*) from telegram_paused_chat"));
        assertThat(paused).isZero();
    }

    @Test
    void aBotRemovedFromAGroupIsPermanentWithoutPausingAnyone() {
        server.respondOnce("sendMessage", 403, FakeBotApi.error(403, "Forbidden: bot was kicked from the supergroup chat"));

        assertThat(deliver(CAFE_ROOM, Content.notice("x"))).isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.FORBIDDEN, 403)));
        long paused = db.database().inTransaction(handle -> handle.count("select count(*) from telegram_paused_chat"));
        assertThat(paused).isZero();
    }

    @Test
    void aBadRequestIsPermanentWithItsStatusTelegramsWordsGoingToTheLogOnly() {
        String description = "Bad Request: can't parse entities: Unsupported start tag";
        server.respondOnce("sendMessage", 400, FakeBotApi.error(400, description));
        server.respondOnce("sendMessage", 400, FakeBotApi.error(400, "Bad Request: chat not found"));

        try (LogCapture logs = new LogCapture()) {
            DeliveryResult refused = deliver(CAFE_ROOM, Content.notice("x"));

            assertThat(refused).isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.REFUSED, 400)));
            assertThat(((DeliveryResult.Permanent) refused).reason().stored()).isEqualTo("refused:400");
            assertThat(logs.lines()).anyMatch(line -> line.contains(description));
        }
        assertThat(deliver(CAFE_ROOM, Content.notice("x"))).isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.NOT_FOUND, 400)));
    }

    @Test
    void serverErrorsMalformedAnswersAndNetworkFailuresAreTransient() {
        server.respondOnce("sendMessage", 502, FakeBotApi.error(502, "Bad Gateway"));
        server.respondOnce("sendMessage", 200, "{\"ok\":tru");
        DeliveryResult serverError = deliver(CAFE_ROOM, Content.notice("x"));
        DeliveryResult malformed = deliver(CAFE_ROOM, Content.notice("x"));
        server.close();
        DeliveryResult unreachable = deliver(CAFE_ROOM, Content.notice("x"));

        assertThat(serverError).isEqualTo(new DeliveryResult.Transient(DeliveryFailure.of(Reason.UNAVAILABLE, 502)));
        assertThat(malformed).isEqualTo(new DeliveryResult.Transient(Reason.NETWORK));
        assertThat(unreachable).isEqualTo(new DeliveryResult.Transient(Reason.NETWORK));
    }

    @Test
    void aMessageToAGroupThatBecameASupergroupFollowsIt() {
        RecordingSink sink = new RecordingSink();
        connector.start(sink);
        server.respondOnce("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was "
                + "upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1009876543210}}");

        DeliveryResult result = deliver(new Destination.Room("telegram", "-4012345678", RoomKind.GROUP), Content.notice("x"));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(lastBody("sendMessage").path("chat_id").asText()).isEqualTo("-1009876543210");
        assertThat(sink.moves).containsExactly("telegram:-4012345678 -> -1009876543210");
    }

    @Test
    void capabilitiesDeclareTelegramsLimits() {
        assertThat(connector.channel()).isEqualTo("telegram");
        assertThat(connector.capabilities().maxTextLength()).isEqualTo(4096);
        assertThat(connector.capabilities().nativePolls()).isTrue();
        assertThat(connector.capabilities().rateLimits().overall().permits()).isEqualTo(30);
        assertThat(connector.capabilities().rateLimits().perChat().interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(connector.capabilities().rateLimits().perGroup().interval()).isEqualTo(Duration.ofSeconds(3));
    }
}
