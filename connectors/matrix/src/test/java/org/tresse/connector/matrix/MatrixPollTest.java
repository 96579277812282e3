package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Sent;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Payload;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.message.RoomKind;

/** MSC3381 polls: start with its fallback, responses (unstable and stable) as answers, spoiled votes, end. */
class MatrixPollTest extends MatrixTestBase {
    private static final Destination.Room CAFE_ROOM = new Destination.Room("matrix", CAFE, RoomKind.GROUP);
    private static final String UNSTABLE_RESPONSE = "org.matrix.msc3381.poll.response";
    private final ObjectMapper json = new ObjectMapper();
    private MatrixConnector connector;

    @BeforeEach
    void joinTheCafe() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        connector = started(CAFE);
    }

    private static PollPresentation poll(String key, PollPresentation.Kind kind, int max, boolean secret, boolean hidden, boolean closed) {
        return new PollPresentation(key, "Ouvrir le café le dimanche ?", List.of("Pour", "Contre", "Abstention"),
                kind, max, secret, hidden, null, closed);
    }

    private String start(PollPresentation poll) {
        DeliveryResult result = connector.deliver(new Outbound(10, CAFE_ROOM,
                Content.notice("**Sondage 12** : Ouvrir le café le dimanche ?\n1. Pour\n2. Contre\n3. Abstention\nRépondez /vote 12 N").withPoll(poll), 1));
        return ((DeliveryResult.Sent) result).messageId();
    }

    private ObjectNode unstableResponse(String startEventId, String... answers) {
        ObjectNode content = json.createObjectNode();
        content.putObject("m.relates_to").put("rel_type", "m.reference").put("event_id", startEventId);
        ArrayNode list = content.putObject(UNSTABLE_RESPONSE).putArray("answers");
        for (String answer : answers) {
            list.add(answer);
        }
        return content;
    }

    @Test
    void startsANativePollWithItsTextFallback() {
        String startId = start(poll("12", PollPresentation.Kind.SINGLE, 1, false, false, false));

        Sent sent = homeserver.sent().get(0);
        assertThat(sent.type()).isEqualTo("org.matrix.msc3381.poll.start");
        assertThat(sent.eventId()).isEqualTo(startId);
        JsonNode block = sent.content().path("org.matrix.msc3381.poll.start");
        assertThat(block.path("kind").asText()).isEqualTo("org.matrix.msc3381.poll.disclosed");
        assertThat(block.path("max_selections").asInt()).isEqualTo(1);
        assertThat(block.path("question").path("org.matrix.msc1767.text").asText()).isEqualTo("Ouvrir le café le dimanche ?");
        assertThat(block.path("answers").findValuesAsText("id")).containsExactly("1", "2", "3");
        assertThat(block.path("answers").findValuesAsText("org.matrix.msc1767.text")).containsExactly("Pour", "Contre", "Abstention");
        assertThat(sent.content().path("org.matrix.msc1767.text").asText()).startsWith("Sondage 12 : Ouvrir").contains("/vote 12 N");
    }

    @Test
    void readsUnstableAndStableResponsesAsAnswers() {
        String startId = start(poll("12", PollPresentation.Kind.MULTIPLE, 2, false, true, false));
        assertThat(homeserver.sent().get(0).content().path("org.matrix.msc3381.poll.start").path("kind").asText())
                .isEqualTo("org.matrix.msc3381.poll.undisclosed");

        homeserver.post(CAFE, ANA, UNSTABLE_RESPONSE, unstableResponse(startId, "2"));
        ObjectNode stable = json.createObjectNode();
        stable.putObject("m.relates_to").put("rel_type", "m.reference").put("event_id", startId);
        stable.putArray("m.selections").add("3").add("1");
        homeserver.post(CAFE, BOB, "m.poll.response", stable);
        homeserver.post(CAFE, ANA, UNSTABLE_RESPONSE, unstableResponse(startId, "1", "1"));
        homeserver.post(CAFE, BOB, UNSTABLE_RESPONSE, unstableResponse(startId, "3", "2", "1"));
        homeserver.post(CAFE, ANA, UNSTABLE_RESPONSE, unstableResponse(startId));

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 5);
        assertThat(sink.processed()).extracting(inbound -> inbound.payload()).containsExactly(
                new Payload.PollAnswer("12", List.of(2)),
                new Payload.PollAnswer("12", List.of(3, 1)),
                new Payload.PollAnswer("12", List.of(1)),
                new Payload.PollAnswer("12", List.of(3, 2)),
                new Payload.PollAnswer("12", List.of()));
        assertThat(sink.processed()).extracting(inbound -> inbound.sender().id()).containsExactly(ANA, BOB, ANA, BOB, ANA);
    }

    @Test
    void anUnknownAnswerSpoilsTheVoteAndResponsesToOtherPollsAreIgnored() {
        String startId = start(poll("12", PollPresentation.Kind.SINGLE, 1, false, false, false));
        String elementPoll = homeserver.say(CAFE, BOB, "a poll Tresse did not start");

        homeserver.post(CAFE, ANA, UNSTABLE_RESPONSE, unstableResponse(startId, "pizza"));
        homeserver.post(CAFE, BOB, UNSTABLE_RESPONSE, unstableResponse(elementPoll, "1"));
        homeserver.post(CAFE, BOB, UNSTABLE_RESPONSE, unstableResponse("$unknown:example.org", "1"));
        homeserver.say(CAFE, ANA, "/resultats 12");

        await().atMost(PATIENCE).until(() -> sink.texts().contains("/resultats 12"));
        assertThat(sink.processed()).extracting(inbound -> inbound.payload()).containsExactly(
                new Payload.Text("a poll Tresse did not start"),
                new Payload.PollAnswer("12", List.of()),
                new Payload.Text("/resultats 12"));
    }

    @Test
    void closingEndsTheNativePollThenPostsTheResults() {
        String startId = start(poll("12", PollPresentation.Kind.PROPOSAL, 1, false, false, false));

        DeliveryResult result = connector.deliver(new Outbound(11, CAFE_ROOM,
                Content.notice("**Sondage 12 clos** : adopté (Pour 5, Contre 1)").withPoll(poll("12", PollPresentation.Kind.PROPOSAL, 1, false, false, true)), 1));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        List<Sent> sent = homeserver.sent();
        assertThat(sent).extracting(Sent::type).containsExactly("org.matrix.msc3381.poll.start", "org.matrix.msc3381.poll.end", "m.room.message");
        JsonNode end = sent.get(1).content();
        assertThat(end.path("m.relates_to").path("event_id").asText()).isEqualTo(startId);
        assertThat(end.path("org.matrix.msc1767.text").asText()).isEqualTo("Sondage 12 clos : adopté (Pour 5, Contre 1)");
        assertThat(sent.get(1).txnId()).isEqualTo("tresse-11-end");
        assertThat(sent.get(2).content().path("formatted_body").asText()).startsWith("<strong>Sondage 12 clos</strong>");
    }

    @Test
    void secretBallotsInAGroupAndRankingsAreTextOnly() {
        connector.deliver(new Outbound(1, CAFE_ROOM, Content.notice("Vote secret : répondez en privé").withPoll(
                poll("13", PollPresentation.Kind.SINGLE, 1, true, false, false)), 1));
        connector.deliver(new Outbound(2, CAFE_ROOM, Content.notice("Classez : /vote 14 2 1 3").withPoll(
                poll("14", PollPresentation.Kind.RANKED, 3, false, false, false)), 1));
        connector.deliver(new Outbound(3, new Destination.Direct("matrix", ANA), Content.notice("Votre bulletin secret").withPoll(
                poll("13", PollPresentation.Kind.SINGLE, 1, true, false, false)), 1));

        assertThat(homeserver.sent()).extracting(Sent::type)
                .containsExactly("m.room.message", "m.room.message", "org.matrix.msc3381.poll.start");
        assertThat(homeserver.sent().get(2).roomId()).isNotEqualTo(CAFE);
    }
}
