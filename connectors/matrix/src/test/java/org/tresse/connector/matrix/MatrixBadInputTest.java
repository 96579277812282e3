package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Bad events from a broken client or server are logged and skipped; the sync loop goes on. Encrypted rooms are told so. */
class MatrixBadInputTest extends MatrixTestBase {
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode event(String json) {
        try {
            return (ObjectNode) this.json.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void badEventsNeverStopTheSyncLoop() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        MatrixConnector connector = started(CAFE);
        String startId = ((DeliveryResult.Sent) connector.deliver(new Outbound(1, new Destination.Room("matrix", CAFE, RoomKind.GROUP),
                Content.notice("Sondage").withPoll(new PollPresentation("12", "Q ?", List.of("Oui", "Non"),
                        PollPresentation.Kind.SINGLE, 1, false, false, null, false)), 1))).messageId();

        homeserver.atOnce(() -> {
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','sender':'@ana:example.org','content':{'msgtype':'m.text','body':'no id'}}"));
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','event_id':'$a','sender':42,'origin_server_ts':1,'content':{'msgtype':'m.text','body':'x'}}"));
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','event_id':'$b','sender':'@ana:example.org','origin_server_ts':1,'content':'not an object'}"));
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','event_id':'$c','sender':'@ana:example.org','origin_server_ts':1,'content':{'msgtype':'m.text','body':12}}"));
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','event_id':'$d','sender':'@ana:example.org','origin_server_ts':1,'content':{'body':'no msgtype'}}"));
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','event_id':'$e','sender':'ana','origin_server_ts':1,'content':{'msgtype':'m.text','body':'not a user id'}}"));
            homeserver.postRaw(CAFE, event("{'type':'m.room.message','event_id':'$f','sender':'@ana:example.org','origin_server_ts':1,'content':{'msgtype':'m.image','body':'cat.png','url':'mxc://x/y'}}"));
            homeserver.postRaw(CAFE, event("{'type':'org.example.unknown','event_id':'$g','sender':'@ana:example.org','origin_server_ts':1,'content':{}}"));
            homeserver.postRaw(CAFE, event("{'type':'org.matrix.msc3381.poll.response','event_id':'$h','sender':'@ana:example.org','origin_server_ts':1,'content':{'m.relates_to':'" + startId + "'}}"));
            homeserver.postRaw(CAFE, event("{'type':'org.matrix.msc3381.poll.response','event_id':'$i','sender':'@ana:example.org','origin_server_ts':1,'content':{'m.relates_to':{'rel_type':'m.reference','event_id':'" + startId + "'},'org.matrix.msc3381.poll.response':{'answers':'1'}}}"));
            homeserver.postRaw(CAFE, event("{'type':'org.matrix.msc3381.poll.response','event_id':'$j','sender':'@ana:example.org','origin_server_ts':1,'content':{'m.relates_to':{'rel_type':'m.reference','event_id':'" + startId + "'},'org.matrix.msc3381.poll.response':{'answers':[1]}}}"));
            homeserver.postRaw(CAFE, event("{'type':'m.poll.response','event_id':'$k','sender':'@bob:example.org','origin_server_ts':1,'content':{'m.relates_to':{'rel_type':'m.reference','event_id':'$nowhere'},'m.selections':['1']}}"));
            homeserver.postRaw(CAFE, event("{'type':null}"));
            homeserver.say(CAFE, BOB, "/aide");
        });

        await().atMost(PATIENCE).until(() -> sink.texts().contains("/aide"));
        assertThat(sink.processed()).extracting(inbound -> inbound.eventId() + " " + inbound.payload())
                .containsExactly("$j " + new Payload.PollAnswer("12", List.of()), sink.processed().get(1).eventId() + " " + new Payload.Text("/aide"));
        assertThat(connector.isReceiving()).isTrue();

        homeserver.say(CAFE, ANA, "/moi");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("/moi"));
    }

    @Test
    void aPoisonEventIsSkippedAndTheSyncTokenMovesPastIt() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        MatrixConnector connector = started(CAFE);
        sink.poisonOn("#t#t#t");

        homeserver.say(CAFE, ANA, "#t#t#t");
        await().atMost(PATIENCE).until(() -> sink.calls().stream().anyMatch(inbound -> inbound.text().orElse("").equals("#t#t#t")));
        homeserver.say(CAFE, BOB, "/aide");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("/aide"));
        assertThat(connector.isReceiving()).isTrue();
        String token = sink.syncToken().orElseThrow();

        homeserver.say(CAFE, ANA, "/moi");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("/moi"));
        assertThat(sink.syncToken()).isNotEqualTo(Optional.of(token));
        assertThat(sink.calls().stream().filter(inbound -> inbound.text().orElse("").equals("#t#t#t")).count()).isEqualTo(1);
    }

    @Test
    void aPoisonEventAloneInItsBatchStillMovesTheSyncToken() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        started(CAFE);
        sink.poisonOn("#t#t#t");
        await().atMost(PATIENCE).until(() -> sink.syncToken().isPresent());
        String before = sink.syncToken().orElseThrow();

        homeserver.say(CAFE, ANA, "#t#t#t");
        await().atMost(PATIENCE).until(() -> !sink.syncToken().orElse(before).equals(before)
                && sink.calls().stream().anyMatch(inbound -> inbound.text().orElse("").equals("#t#t#t")));
        homeserver.say(CAFE, BOB, "/aide");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("/aide"));
        assertThat(sink.calls().stream().filter(inbound -> inbound.text().orElse("").equals("#t#t#t")).count()).isEqualTo(1);
    }

    @Test
    void tellsAnEncryptedRoomOnceThatTheBotCannotReadIt() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        MatrixConnector first = started(CAFE);

        homeserver.encrypt(CAFE, ANA);

        await().atMost(PATIENCE).until(() -> !homeserver.sent().isEmpty());
        Sent notice = homeserver.sent().get(0);
        assertThat(notice.content().path("msgtype").asText()).isEqualTo("m.notice");
        assertThat(notice.body()).contains("chiffré", "pantalaimon", "encrypted");
        assertThat(logLines()).anyMatch(line -> line.contains(CAFE) && line.contains("end-to-end encrypted"));
        stop(first);
        sink.forgetSyncToken();

        started(CAFE);
        homeserver.say("!cafe:example.org", ANA, "un message en clair");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("un message en clair"));

        assertThat(homeserver.sent()).as("told once, even after a restart").hasSize(1);
    }

    @Test
    void behindAnEncryptionProxyEncryptedRoomsAreReadAndNotWarned() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        homeserver.encrypt(CAFE, ANA);
        started(connector(passwordOptions(CAFE).withEncryptionProxy(true)));

        homeserver.say(CAFE, ANA, "déchiffré par pantalaimon");

        await().atMost(PATIENCE).until(() -> sink.texts().contains("déchiffré par pantalaimon"));
        assertThat(homeserver.sent()).isEmpty();
    }
}
