package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.message.PollPresentation.Kind;
import org.tresse.core.message.RoomKind;
import org.tresse.testkit.TestDatabase;

/** Polls on Telegram: native polls where Telegram can say the same, buttons otherwise. */
class TelegramPollDeliveryTest {
    private static final String CAFE = "-1001234567890";
    private static final Destination.Room CAFE_ROOM = new Destination.Room("telegram", CAFE, RoomKind.GROUP);

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

    private static PollPresentation poll(Kind kind, List<String> options, boolean secret, boolean hidden, boolean closed) {
        return new PollPresentation("7", "Ouvrir le café le dimanche ?", options, kind,
                kind == Kind.MULTIPLE ? options.size() : 1, secret, hidden, null, closed);
    }

    private static final List<String> PROPOSAL = List.of("Pour", "Contre", "Abstention", "Blocage");

    @Test
    void aProposalBecomesANativeNonAnonymousPollWhoseIdIsRemembered() {
        DeliveryResult result = deliver(CAFE_ROOM, Content.notice("**Sondage 7** : votez ci-dessous ou `/vote 7 1`")
                .withPoll(poll(Kind.PROPOSAL, PROPOSAL, false, false, false)));

        JsonNode body = lastBody("sendPoll");
        assertThat(body.path("chat_id").asText()).isEqualTo(CAFE);
        assertThat(body.path("question").asText()).isEqualTo("Ouvrir le café le dimanche ?");
        assertThat(body.path("is_anonymous").asBoolean(true)).isFalse();
        assertThat(body.path("allows_multiple_answers").asBoolean(false)).isFalse();
        assertThat(body.path("options")).extracting(option -> option.path("text").asText()).containsExactlyElementsOf(PROPOSAL);
        assertThat(server.calls("sendMessage")).hasSize(1);
        assertThat(result).isEqualTo(new DeliveryResult.Sent("502"));
        List<String> keys = db.database().inTransaction(handle -> handle.list(
                "select poll_key from telegram_poll where poll_id = '5100000000000000001' and chat_id = ? and message_id = 502",
                row -> row.getString(1), Long.parseLong(CAFE)));
        assertThat(keys).containsExactly("7");
    }

    @Test
    void aNativePollTelegramRefusesOutrightIsSentWithButtonsAtOnce() {
        server.respondOnce("sendPoll", 400, FakeBotApi.error(400, "Bad Request: POLL_OPTION_INVALID"));

        DeliveryResult result = deliver(CAFE_ROOM, Content.notice("**Sondage 7** : votez ci-dessous ou `/vote 7 1`")
                .withPoll(poll(Kind.PROPOSAL, PROPOSAL, false, false, false)));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(server.calls("sendPoll")).hasSize(1);
        JsonNode fallback = lastBody("sendMessage");
        assertThat(fallback.path("text").asText()).isEqualTo("<b>Ouvrir le café le dimanche ?</b>\n1. Pour\n2. Contre\n3. Abstention\n4. Blocage");
        assertThat(fallback.path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asText()).isEqualTo("v:7:1");
        assertThat(server.calls("sendMessage")).hasSize(2);
    }

    @Test
    void aMultipleChoicePollAllowsSeveralAnswers() {
        deliver(CAFE_ROOM, Content.notice("").withPoll(poll(Kind.MULTIPLE, List.of("lundi", "mardi", "jeudi"), false, false, false)));

        assertThat(lastBody("sendPoll").path("allows_multiple_answers").asBoolean()).isTrue();
        assertThat(server.calls("sendMessage")).isEmpty();
    }

    @Test
    void closingAPollStopsTheNativePollThenSendsTheResult() {
        deliver(CAFE_ROOM, Content.notice("").withPoll(poll(Kind.SINGLE, List.of("A", "B"), false, false, false)));
        server.respondOnce("stopPoll", 200, "{\"ok\":true,\"result\":{\"id\":\"5100000000000000001\",\"is_closed\":true}}");

        DeliveryResult result = deliver(CAFE_ROOM, Content.notice("Sondage 7 clos : **A**")
                .withPoll(poll(Kind.SINGLE, List.of("A", "B"), false, false, true)));
        deliver(CAFE_ROOM, Content.notice("encore").withPoll(poll(Kind.SINGLE, List.of("A", "B"), false, false, true)));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(server.calls("stopPoll")).hasSize(1);
        assertThat(lastBody("stopPoll").path("message_id").asInt()).isEqualTo(501);
        assertThat(server.calls("sendMessage").get(0).body().path("text").asText()).isEqualTo("Sondage 7 clos : <b>A</b>");
        assertThat(server.calls("sendPoll")).hasSize(1);
        long open = db.database().inTransaction(handle -> handle.count("select count(*) from telegram_poll where closed = false"));
        assertThat(open).isZero();
    }

    @Test
    void secretHiddenRankedJudgmentOrLargePollsUseButtons() {
        List<String> thirteen = java.util.stream.IntStream.rangeClosed(1, 13).mapToObj(n -> "option " + n).toList();
        deliver(CAFE_ROOM, Content.notice("secret").withPoll(poll(Kind.PROPOSAL, PROPOSAL, true, false, false)));
        deliver(CAFE_ROOM, Content.notice("caché").withPoll(poll(Kind.SINGLE, PROPOSAL, false, true, false)));
        deliver(CAFE_ROOM, Content.notice("classement").withPoll(poll(Kind.RANKED, PROPOSAL, false, false, false)));
        deliver(CAFE_ROOM, Content.notice("jugement").withPoll(poll(Kind.JUDGMENT, PROPOSAL, false, false, false)));
        deliver(CAFE_ROOM, Content.notice("treize").withPoll(poll(Kind.SINGLE, thirteen, false, false, false)));

        assertThat(server.calls("sendPoll")).isEmpty();
        List<JsonNode> keyboards = server.calls("sendMessage").stream()
                .map(call -> call.body().path("reply_markup").path("inline_keyboard")).toList();
        assertThat(keyboards).hasSize(5);
        assertThat(keyboards.get(0)).hasSize(4);
        assertThat(keyboards.get(0).get(3).get(0).path("callback_data").asText()).isEqualTo("v:7:4");
        assertThat(keyboards.get(0).get(3).get(0).path("text").asText()).isEqualTo("4. Blocage");
        assertThat(keyboards.get(4)).hasSize(13);
        assertThat(keyboards.get(4).get(12).get(0).path("callback_data").asText()).isEqualTo("v:7:13");
    }

    @Test
    void aConsultationHasNoButtonsAndCallbackDataNeverExceeds64Bytes() {
        deliver(CAFE_ROOM, Content.notice("Votre avis ?").withPoll(poll(Kind.CONSULTATION, List.of(), false, false, false)));
        String longKey = "é".repeat(32);
        deliver(CAFE_ROOM, Content.notice("clé longue").withPoll(new PollPresentation(longKey, "Q ?", PROPOSAL, Kind.SINGLE,
                1, true, false, null, false)));

        assertThat(server.calls("sendMessage")).allSatisfy(call -> assertThat(call.body().has("reply_markup")).isFalse());
    }

}
