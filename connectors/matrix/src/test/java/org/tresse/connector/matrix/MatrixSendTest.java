package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Fault;
import org.tresse.connector.matrix.homeserver.Recorded;
import org.tresse.connector.matrix.homeserver.Sent;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;

/** Sending: both bodies, escaping, transaction ids across retries, rate limits, failures, replies, edits, private rooms. */
class MatrixSendTest extends MatrixTestBase {
    private static final Destination.Room CAFE_ROOM = new Destination.Room("matrix", CAFE, RoomKind.GROUP);
    private MatrixConnector connector;

    @BeforeEach
    void joinTheCafe() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        connector = started(CAFE);
    }

    @Test
    void sendsAPlainBodyAndEscapedHtml() {
        String text = "**Assemblée** jeudi <script>alert(1)</script> & _café_\n[le compte rendu](https://tresse.example.org/cr?a=1&b=2)\n\n- pain\n- \"fromage\"";

        DeliveryResult result = connector.deliver(new Outbound(7, CAFE_ROOM, Content.notice(text), 1));

        Sent sent = homeserver.sent().get(0);
        assertThat(result).isEqualTo(new DeliveryResult.Sent(sent.eventId()));
        assertThat(sent.txnId()).isEqualTo("tresse-7");
        assertThat(sent.type()).isEqualTo("m.room.message");
        JsonNode content = sent.content();
        assertThat(content.path("msgtype").asText()).isEqualTo("m.text");
        assertThat(content.path("body").asText()).isEqualTo(
                "Assemblée jeudi <script>alert(1)</script> & café\nle compte rendu (https://tresse.example.org/cr?a=1&b=2)\n\n• pain\n• \"fromage\"");
        assertThat(content.path("format").asText()).isEqualTo("org.matrix.custom.html");
        assertThat(content.path("formatted_body").asText()).isEqualTo(
                "<p><strong>Assemblée</strong> jeudi &lt;script&gt;alert(1)&lt;/script&gt; &amp; <em>café</em><br>"
                        + "<a href=\"https://tresse.example.org/cr?a=1&amp;b=2\">le compte rendu</a></p>"
                        + "<ul><li>pain</li><li>&quot;fromage&quot;</li></ul>");
    }

    @Test
    void whatAUserWroteQuotedInANoticeIsNoLinkNorFormatting() {
        String typed = "[cliquez ici](http://evil.example) *urgent* _vite_\n- pas une liste";
        String text = "**Nouvel avis** : « " + Markup.literal(typed) + " »";

        connector.deliver(new Outbound(8, CAFE_ROOM, Content.notice(text), 1));

        JsonNode content = homeserver.sent().get(0).content();
        assertThat(content.path("body").asText()).isEqualTo("Nouvel avis : « " + typed + " »");
        assertThat(content.path("formatted_body").asText()).isEqualTo(
                "<strong>Nouvel avis</strong> : « [cliquez ici](http://evil.example) *urgent* _vite_<br>- pas une liste »");
    }

    @Test
    void aRetryAfterALostAnswerReusesTheTransactionIdAndSendsOnce() {
        homeserver.failSends(Fault.lostAnswer());
        Outbound outbound = new Outbound(42, CAFE_ROOM, Content.notice("Réunion demain"), 1);

        DeliveryResult first = connector.deliver(outbound);
        DeliveryResult second = connector.deliver(new Outbound(42, CAFE_ROOM, Content.notice("Réunion demain"), 2));

        assertThat(first).isInstanceOf(DeliveryResult.Transient.class);
        assertThat(homeserver.sent()).hasSize(1);
        assertThat(second).isEqualTo(new DeliveryResult.Sent(homeserver.sent().get(0).eventId()));
        List<String> puts = homeserver.requests().stream().filter(request -> request.method().equals("PUT")).map(Recorded::rawPath).toList();
        assertThat(puts).hasSize(2).containsOnly("/_matrix/client/v3/rooms/%21cafe%3Aexample.org/send/m.room.message/tresse-42");
    }

    @Test
    void honoursTheRateLimitWaitExactly() {
        homeserver.failSends(Fault.rateLimited(1234));

        DeliveryResult result = connector.deliver(new Outbound(3, CAFE_ROOM, Content.notice("Bonjour"), 1));

        assertThat(result).isEqualTo(new DeliveryResult.RetryAfter(Duration.ofMillis(1234)));
        assertThat(connector.deliver(new Outbound(3, CAFE_ROOM, Content.notice("Bonjour"), 2))).isInstanceOf(DeliveryResult.Sent.class);
    }

    @Test
    void refusalsArePermanentAndServerErrorsTransientWithTresseReasonsNotTheHomeserversWords() {
        homeserver.failSends(Fault.forbidden(), Fault.serverError());

        assertThat(connector.deliver(new Outbound(1, CAFE_ROOM, Content.notice("un"), 1)))
                .isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.FORBIDDEN, 403)));
        assertThat(connector.deliver(new Outbound(2, CAFE_ROOM, Content.notice("deux"), 1)))
                .isEqualTo(new DeliveryResult.Transient(DeliveryFailure.of(Reason.UNAVAILABLE, 500)));
        DeliveryResult notIn = connector.deliver(new Outbound(3, new Destination.Room("matrix", "!parti:example.org", RoomKind.GROUP),
                Content.notice("trois"), 1));
        assertThat(notIn).as("a room the bot is not in").isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.FORBIDDEN, 403)));
        assertThat(((DeliveryResult.Permanent) notIn).reason().stored()).isEqualTo("forbidden:403");
        assertThat(logLines()).as("the homeserver's own error, for the operator").anyMatch(line -> line.contains("not in room"));
        assertThat(homeserver.sent()).isEmpty();
    }

    @Test
    void aStoppedHomeserverIsATransientFailure() {
        homeserver.close();

        DeliveryResult result = connector.deliver(new Outbound(5, CAFE_ROOM, Content.notice("Bonjour"), 1));

        assertThat(result).isEqualTo(new DeliveryResult.Transient(Reason.NETWORK));
    }

    @Test
    void repliesAndEditsUseRelations() {
        String question = homeserver.say(CAFE, ANA, "/aide");

        connector.deliver(new Outbound(1, CAFE_ROOM, Content.notice("Voici l'aide").replyingTo(question), 1));
        String answer = homeserver.sent().get(0).eventId();
        connector.deliver(new Outbound(2, CAFE_ROOM, Content.notice("Voici **toute** l'aide").editing(answer), 1));

        JsonNode reply = homeserver.sent().get(0).content();
        assertThat(reply.path("m.relates_to").path("m.in_reply_to").path("event_id").asText()).isEqualTo(question);
        JsonNode edit = homeserver.sent().get(1).content();
        assertThat(edit.path("m.relates_to").path("rel_type").asText()).isEqualTo("m.replace");
        assertThat(edit.path("m.relates_to").path("event_id").asText()).isEqualTo(answer);
        assertThat(edit.path("body").asText()).isEqualTo("* Voici toute l'aide");
        assertThat(edit.path("m.new_content").path("body").asText()).isEqualTo("Voici toute l'aide");
        assertThat(edit.path("m.new_content").path("formatted_body").asText()).isEqualTo("Voici <strong>toute</strong> l'aide");
    }

    @Test
    void opensOnePrivateRoomPerPersonAndReadsItAsPrivate() {
        Destination.Direct toAna = new Destination.Direct("matrix", ANA);

        connector.deliver(new Outbound(1, toAna, Content.notice("Votre code : 123456"), 1));
        connector.deliver(new Outbound(2, toAna, Content.notice("Bienvenue"), 1));

        assertThat(homeserver.requests()).filteredOn(request -> request.rawPath().endsWith("/createRoom")).hasSize(1);
        JsonNode create = homeserver.requests().stream().filter(request -> request.rawPath().endsWith("/createRoom")).findFirst().orElseThrow().body();
        assertThat(create.path("is_direct").asBoolean()).isTrue();
        assertThat(create.path("invite").get(0).asText()).isEqualTo(ANA);
        String privateRoom = homeserver.sent().get(0).roomId();
        assertThat(homeserver.sent()).extracting(Sent::roomId).containsExactly(privateRoom, privateRoom);

        homeserver.room(privateRoom, ANA, BOB);
        homeserver.say(privateRoom, ANA, "/moi");
        await().atMost(PATIENCE).until(() -> !sink.processed().isEmpty());
        assertThat(sink.processed()).extracting(Inbound::roomKind).containsExactly(RoomKind.PRIVATE);
    }

    @Test
    void declaresWhatMatrixCanDo() {
        ChannelCapabilities capabilities = connector.capabilities();

        assertThat(capabilities.formatting()).isTrue();
        assertThat(capabilities.nativePolls()).isTrue();
        assertThat(capabilities.editing()).isTrue();
        assertThat(capabilities.idempotentSend()).isTrue();
        assertThat(capabilities.privateMessages()).isTrue();
        assertThat(capabilities.buttons()).isFalse();
        assertThat(capabilities.rateLimits().overall().interval()).isEqualTo(Duration.ofMillis(200));
        assertThat(capabilities.rateLimits().perChat().interval()).isEqualTo(Duration.ofSeconds(1));
    }
}
