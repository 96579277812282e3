package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Recorded;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Content;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;

/** The sync loop: messages, rooms, invitations, gaps, and the cursor committed with the batch's last event. */
class MatrixSyncTest extends MatrixTestBase {

    @Test
    void deliversMessagesWithTheBatchTokenOnTheLastEventOnly() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        started();
        List<String> ids = new ArrayList<>();

        homeserver.atOnce(() -> {
            ids.add(homeserver.say(CAFE, ANA, "/aide"));
            ids.add(homeserver.say(CAFE, BOB, "> <@ana:example.org> /aide\n\n/sondage \"Ouvrir le dimanche ?\""));
            ids.add(homeserver.say(CAFE, ANA, "merci"));
        });

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 3);
        List<Inbound> inbounds = sink.processed();
        assertThat(inbounds).extracting(Inbound::eventId).containsExactlyElementsOf(ids);
        assertThat(sink.texts()).containsExactly("/aide", "/sondage \"Ouvrir le dimanche ?\"", "merci");
        Inbound first = inbounds.get(0);
        assertThat(first.channel()).isEqualTo("matrix");
        assertThat(first.room()).isEqualTo(CAFE);
        assertThat(first.roomKind()).isEqualTo(RoomKind.GROUP);
        assertThat(first.sender()).isEqualTo(new Identity("matrix", ANA));
        assertThat(first.senderName()).isEqualTo("Ana");
        assertThat(inbounds.get(0).cursor()).isEmpty();
        assertThat(inbounds.get(1).cursor()).isEmpty();
        assertThat(inbounds.get(2).cursor()).map(Cursor::key).contains(MatrixConnector.CURSOR_KEY);
        assertThat(sink.syncToken()).isEqualTo(inbounds.get(2).cursor().map(Cursor::value));
    }

    @Test
    void skipsHistoryOnTheFirstSyncAndIgnoresItsOwnEvents() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        homeserver.say(CAFE, ANA, "/aide d'avant l'installation");
        MatrixConnector connector = started();

        assertThat(connector.deliver(new Outbound(1, new Destination.Room("matrix", CAFE, RoomKind.GROUP), Content.notice("Bonjour !"), 1)))
                .isInstanceOf(DeliveryResult.Sent.class);
        homeserver.say(CAFE, BOB, "/moi");

        await().atMost(PATIENCE).until(() -> sink.texts().contains("/moi"));
        assertThat(sink.texts()).containsExactly("/moi");
    }

    @Test
    void aRoomOfTwoIsPrivateEvenAfterARestart() {
        homeserver.room("!tete-a-tete:example.org", FakeHomeserver.BOT, ANA);
        MatrixConnector first = started();
        homeserver.say("!tete-a-tete:example.org", ANA, "/moi");
        await().atMost(PATIENCE).until(() -> sink.processed().size() == 1);
        stop(first);

        started();
        homeserver.say("!tete-a-tete:example.org", ANA, "/aide");

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 2);
        assertThat(sink.processed()).extracting(Inbound::roomKind).containsExactly(RoomKind.PRIVATE, RoomKind.PRIVATE);
        assertThat(homeserver.requests()).extracting(Recorded::rawPath)
                .as("after a restart, the members are asked for").contains("/_matrix/client/v3/rooms/%21tete-a-tete%3Aexample.org/joined_members");
    }

    @Test
    void aConfiguredRoomIsAGroupRoomEvenWithTwoMembers() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA);
        started(CAFE);

        homeserver.say(CAFE, ANA, "/aide");

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 1);
        assertThat(sink.processed().get(0).roomKind()).isEqualTo(RoomKind.GROUP);
    }

    @Test
    void joinsTheConfiguredRoomsItIsInvitedToAndIgnoresOthers() {
        homeserver.room(CAFE, ANA);
        homeserver.room("!bureau:example.org", ANA);
        homeserver.alias("#bureau:example.org", "!bureau:example.org");
        homeserver.room("!spam:example.org", "@spammer:example.org");
        started(CAFE, "#bureau:example.org");

        homeserver.say(CAFE, ANA, "/aide écrit avant l'arrivée du bot");
        homeserver.invite("!spam:example.org", "@spammer:example.org");
        homeserver.invite(CAFE, ANA);
        homeserver.invite("!bureau:example.org", ANA);

        await().atMost(PATIENCE).until(() -> homeserver.joined(CAFE).contains(FakeHomeserver.BOT)
                && homeserver.joined("!bureau:example.org").contains(FakeHomeserver.BOT));
        homeserver.say(CAFE, ANA, "/aide");
        await().atMost(PATIENCE).until(() -> sink.texts().contains("/aide"));
        assertThat(sink.texts()).as("what was said before the bot came is history").containsExactly("/aide");
        assertThat(homeserver.joined("!spam:example.org")).doesNotContain(FakeHomeserver.BOT);
    }

    @Test
    void fetchesTheGapOfALimitedTimeline() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        started();
        List<String> sent = IntStream.rangeClosed(1, 250).mapToObj(number -> "/vote 1 " + number).toList();

        homeserver.atOnce(() -> sent.forEach(text -> homeserver.say(CAFE, ANA, text)));

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 250);
        assertThat(sink.texts()).containsExactlyElementsOf(sent);
        assertThat(homeserver.requests()).anyMatch(request -> request.rawPath().endsWith("/messages"));
        assertThat(homeserver.sent()).as("no notice when the gap could be filled").isEmpty();
    }

    @Test
    void aGapTooLongToFetchIsReportedToTheRoom() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        started();

        homeserver.atOnce(() -> IntStream.rangeClosed(1, 1200).forEach(number -> homeserver.say(CAFE, ANA, "message " + number)));

        await().atMost(PATIENCE).until(() -> sink.texts().contains("message 1200"));
        assertThat(sink.processed()).hasSize(1100);
        assertThat(sink.texts().get(0)).isEqualTo("message 101");
        await().atMost(PATIENCE).until(() -> !homeserver.sent().isEmpty());
        assertThat(homeserver.sent().get(0).body()).contains("manqué des messages").contains("missed messages");
        assertThat(logLines()).anyMatch(line -> line.contains("could not all be fetched"));
    }

    @Test
    void retriesACommitUntilTheDatabaseIsBack() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        started();
        sink.failNext(2);

        String eventId = homeserver.say(CAFE, ANA, "/aide");

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 1);
        assertThat(sink.calls()).extracting(Inbound::eventId).containsExactly(eventId, eventId, eventId);
        assertThat(sink.syncToken()).isPresent();
    }

    @Test
    void aStopInTheMiddleOfABatchReplaysTheRestOfItAndNothingTwice() {
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, BOB);
        MatrixConnector first = started();
        Optional<String> tokenBefore = sink.syncToken();
        List<String> ids = new ArrayList<>();
        // the fault is in place before the batch exists: no schedule can let "deux" through first
        sink.failOnText("deux");
        homeserver.atOnce(() -> {
            ids.add(homeserver.say(CAFE, ANA, "un"));
            ids.add(homeserver.say(CAFE, ANA, "deux"));
            ids.add(homeserver.say(CAFE, ANA, "trois"));
        });
        await().atMost(PATIENCE).until(() -> sink.calls().stream().filter(call -> call.eventId().equals(ids.get(1))).count() >= 2);
        stop(first);
        assertThat(sink.texts()).containsExactly("un");
        assertThat(sink.syncToken()).as("the batch's token waits for its last event").isEqualTo(tokenBefore);
        sink.recover();

        started();

        await().atMost(PATIENCE).until(() -> sink.processed().size() == 3);
        assertThat(sink.texts()).containsExactly("un", "deux", "trois");
        assertThat(sink.syncToken()).isEqualTo(sink.processed().get(2).cursor().map(Cursor::value));
    }

    @Test
    void asksForTheEventTypesItNeedsOnly() {
        started();

        Recorded sync = homeserver.requests().stream().filter(request -> request.rawPath().endsWith("/sync")).findFirst().orElseThrow();
        String filter = sync.query().get("filter").get(0);
        assertThat(filter).contains("m.room.message", "m.room.member", "m.room.encryption",
                "org.matrix.msc3381.poll.response", "m.poll.response");
        assertThat(homeserver.requests()).filteredOn(request -> request.rawPath().endsWith("/sync") && request.query().containsKey("since"))
                .allSatisfy(request -> assertThat(request.query().get("timeout")).containsExactly(String.valueOf(Duration.ofSeconds(5).toMillis())));
    }
}
