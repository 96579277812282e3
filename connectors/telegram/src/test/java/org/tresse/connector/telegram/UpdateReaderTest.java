package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tresse.connector.telegram.internal.PollMap;
import org.tresse.connector.telegram.internal.TelegramEvent;
import org.tresse.connector.telegram.internal.TelegramEvent.Ignore;
import org.tresse.connector.telegram.internal.TelegramEvent.Migrate;
import org.tresse.connector.telegram.internal.TelegramEvent.Receive;
import org.tresse.connector.telegram.internal.UpdateReader;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;

/** The reader is pure: what it must know (the polls Tresse sent, the groups it listens to) comes as plain functions. */
class UpdateReaderTest {
    private final ObjectMapper json = TelegramConnector.jsonMapper();
    private final Map<String, PollMap.SentPoll> polls = new HashMap<>();
    private UpdateReader reader;

    @BeforeEach
    void setUp() {
        reader = readerFor(Set.of());
    }

    /** Listens to {@code rooms}, or to every group when there is none (as {@code KnownChats} does). */
    private UpdateReader readerFor(Set<Long> rooms) {
        return new UpdateReader("telegram", "offset", () -> "TresseBot", id -> Optional.ofNullable(polls.get(id)),
                (chat, title) -> rooms.isEmpty() || rooms.contains(chat));
    }

    private void sent(String telegramPollId, String pollKey, long chatId, long messageId) {
        polls.put(telegramPollId, new PollMap.SentPoll(telegramPollId, pollKey, chatId, messageId));
    }

    private TelegramEvent read(String fixture) {
        var node = Fixtures.node(fixture);
        return reader.read(node, node.get("update_id").asLong());
    }

    private Inbound inbound(String fixture) {
        TelegramEvent event = read(fixture);
        assertThat(event).isInstanceOf(Receive.class);
        return ((Receive) event).inbound();
    }

    @Test
    void aPrivateCommandComesFromThePersonInTheirPrivateChat() {
        Inbound inbound = inbound("private-command");

        assertThat(inbound.channel()).isEqualTo("telegram");
        assertThat(inbound.eventId()).isEqualTo("u10000");
        assertThat(inbound.room()).isEqualTo("1111111");
        assertThat(inbound.roomKind()).isEqualTo(RoomKind.PRIVATE);
        assertThat(inbound.sender()).isEqualTo(new Identity("telegram", "1111111"));
        assertThat(inbound.senderName()).isEqualTo("Ana Lacombe");
        assertThat(inbound.payload()).isEqualTo(new Payload.Text("/aide"));
        assertThat(inbound.cursor()).contains(new Cursor("offset", "10001"));
        assertThat(inbound.verified()).isTrue();
    }

    @Test
    void aGroupCommandLosesTheBotsOwnUsername() {
        TelegramEvent event = read("group-command");
        Inbound inbound = ((Receive) event).inbound();

        assertThat(inbound.payload()).isEqualTo(new Payload.Text("/vote 3 1"));
        assertThat(inbound.roomKind()).isEqualTo(RoomKind.GROUP);
        assertThat(inbound.room()).isEqualTo("-1001234567890");
        assertThat(inbound.sender()).isEqualTo(new Identity("telegram", "2222222"));
        assertThat(inbound.senderName()).isEqualTo("Jean Delpech");
        assertThat(((Receive) event).messageRef()).isEqualTo(new TelegramEvent.MessageRef("u10001", -1001234567890L, 2046));
    }

    @Test
    void theBotsUsernameIsMatchedWithoutRegardToCase() {
        reader = new UpdateReader("telegram", "offset", () -> "tressebot", id -> Optional.empty(), (chat, title) -> true);

        assertThat(inbound("group-command").payload()).isEqualTo(new Payload.Text("/vote 3 1"));
    }

    @Test
    void aCommandForAnotherBotIsIgnored() {
        assertThat(read("group-command-other-bot")).isInstanceOf(Ignore.class);
    }

    @Test
    void aCommandWithoutEntitiesIsStillRecognised() throws Exception {
        String update = Fixtures.update("group-command", 1).replace(",\"entities\":[{\"offset\":0,\"length\":15,\"type\":\"bot_command\"}]", "");
        assertThat(update).doesNotContain("entities");

        TelegramEvent event = reader.read(json.readTree(update), 1);

        assertThat(((Receive) event).inbound().payload()).isEqualTo(new Payload.Text("/vote 3 1"));
    }

    /** The command is the whole leading word, whatever entity Telegram marks. */
    @Test
    void theCommandIsTheOneItsEntityMarks() throws Exception {
        String update = """
                {"update_id": 9, "message": {"message_id": 5, "date": 1709370000,
                  "from": {"id": 42, "is_bot": false, "first_name": "Ana"}, "chat": {"id": 42, "type": "private"},
                  "text": "/vote@OtherBot 3 1", "entities": [{"type": "bot_command", "offset": 0, "length": 14}]}}
                """;

        assertThat(reader.read(json.readTree(update), 9)).isInstanceOf(TelegramEvent.Ignore.class);
        assertThat(inbound("group-command").text()).contains("/vote 3 1");
    }

    /**
     * Tresse's command names hold hyphens and accents, which Telegram's bot_command entity stops
     * at ({@code /compte} of {@code /compte-rendu@OtherBot}): the addressee is read on the whole
     * leading word, so a command for another bot is still not ours, and ours still reaches us.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/compte-rendu@OtherBot 3|7", "/réunion@OtherBot|2", "/avis-liste@OtherBot|", "/ordre-du-jour@OtherBot x|6"})
    void aHyphenatedOrAccentedCommandForAnotherBotIsNotOurs(String written) throws Exception {
        String[] parts = written.split("\\|", -1);
        String entities = parts[1].isEmpty() ? "" : ", \"entities\": [{\"type\": \"bot_command\", \"offset\": 0, \"length\": " + parts[1] + "}]";
        String update = """
                {"update_id": 9, "message": {"message_id": 5, "date": 1709370000,
                  "from": {"id": 42, "is_bot": false, "first_name": "Ana"}, "chat": {"id": -100, "type": "group"},
                  "text": "%s"%s}}
                """.formatted(parts[0], entities);

        assertThat(reader.read(json.readTree(update), 9)).isEqualTo(new Ignore("command for another bot"));
        TelegramEvent ours = reader.read(json.readTree(update.replace("@OtherBot", "@tressebot")), 9);
        assertThat(((Receive) ours).inbound().payload()).isEqualTo(new Payload.Text(parts[0].replace("@OtherBot", "")));
    }

    @Test
    void fieldsOfTheWrongTypeReadAsAbsent() throws Exception {
        String update = """
                {"update_id": 9, "message": {"message_id": 5, "date": 1709370000,
                  "from": {"id": "42", "is_bot": false, "first_name": "Ana"}, "chat": {"id": 42, "type": "private"},
                  "text": "/aide"}}
                """;

        assertThat(reader.read(json.readTree(update), 9)).isEqualTo(new TelegramEvent.Ignore("message not from a person"));
    }

    @Test
    void plainGroupTextIsKeptAsTyped() {
        Inbound inbound = inbound("small-group-text");

        assertThat(inbound.roomKind()).isEqualTo(RoomKind.GROUP);
        assertThat(inbound.room()).isEqualTo("-4012345678");
        assertThat(inbound.text()).contains("bonjour <tout> le monde & co");
        assertThat(inbound.senderName()).isEqualTo("Louise");
    }

    @Test
    void aCallbackQueryIsAButtonPressInTheChatOfItsMessage() {
        TelegramEvent event = read("callback-query");
        Receive receive = (Receive) event;

        assertThat(receive.inbound().payload()).isEqualTo(new Payload.ButtonPress("v:7:2"));
        assertThat(receive.inbound().room()).isEqualTo("-1001234567890");
        assertThat(receive.inbound().roomKind()).isEqualTo(RoomKind.GROUP);
        assertThat(receive.inbound().sender()).isEqualTo(new Identity("telegram", "2222222"));
        assertThat(receive.inbound().eventId()).isEqualTo("u10004");
        assertThat(receive.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
    }

    @Test
    void aPollAnswerCarriesOurPollKeyAndOneBasedChoices() {
        sent("5100000000000000001", "7", -1001234567890L, 2060);

        Inbound inbound = inbound("poll-answer");

        assertThat(inbound.payload()).isEqualTo(new Payload.PollAnswer("7", List.of(1, 3)));
        assertThat(inbound.sender()).isEqualTo(new Identity("telegram", "2222222"));
        assertThat(inbound.room()).isEqualTo("-1001234567890");
        assertThat(inbound.roomKind()).isEqualTo(RoomKind.GROUP);
        assertThat(inbound.cursor()).contains(new Cursor("offset", "10006"));
    }

    @Test
    void aRetractedPollAnswerHasNoChoices() {
        sent("5100000000000000001", "7", -1001234567890L, 2060);

        assertThat(inbound("poll-answer-retracted").payload()).isEqualTo(new Payload.PollAnswer("7", List.of()));
    }

    @Test
    void anAnswerToAPollTresseDidNotSendIsIgnored() {
        assertThat(read("poll-answer")).isInstanceOf(Ignore.class);
    }

    @Test
    void aGroupUpgradedToASupergroupIsAMigrationSeenFromBothSides() {
        assertThat(read("migrate-to")).isEqualTo(new Migrate(-4012345678L, -1009876543210L));
        assertThat(read("migrate-from")).isEqualTo(new Migrate(-4012345678L, -1009876543210L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sticker", "photo", "edited-message", "new-chat-members", "my-chat-member", "future-kind", "channel-post"})
    void updatesOfOtherKindsAreIgnored(String fixture) {
        assertThat(read(fixture)).isInstanceOf(Ignore.class);
    }

    @Test
    void aCommandInAGroupThatIsNotConfiguredIsIgnored() {
        reader = readerFor(Set.of(-1001234567890L));

        assertThat(read("group-command")).isInstanceOf(Receive.class);
        assertThat(read("unknown-group-command")).isEqualTo(new Ignore("group not in the configured rooms"));
        assertThat(read("bot-added-to-unknown-group")).isEqualTo(new Ignore("group not in the configured rooms"));
        assertThat(read("small-group-text")).isInstanceOf(Ignore.class);
    }

    @Test
    void withNoRoomConfiguredEveryGroupIsHeard() {
        Inbound inbound = inbound("unknown-group-command");

        assertThat(inbound.room()).isEqualTo("-1005555555555");
        assertThat(inbound.roomKind()).isEqualTo(RoomKind.GROUP);
        assertThat(inbound.payload()).isEqualTo(new Payload.Text("/aide"));
    }

    @Test
    void privateChatsAreHeardWhateverTheRooms() {
        reader = readerFor(Set.of(-1001234567890L));

        assertThat(inbound("private-command").roomKind()).isEqualTo(RoomKind.PRIVATE);
    }

    @Test
    void buttonPressesAndPollAnswersAreHeardEvenFromAGroupThatIsNotConfigured() {
        reader = readerFor(Set.of(-1005555555555L));
        sent("5100000000000000001", "7", -1001234567890L, 2060);

        assertThat(inbound("callback-query").payload()).isEqualTo(new Payload.ButtonPress("v:7:2"));
        assertThat(inbound("poll-answer").payload()).isEqualTo(new Payload.PollAnswer("7", List.of(1, 3)));
    }

    @Test
    void aMigrationIsReadEvenInAGroupThatIsNotConfigured() {
        reader = readerFor(Set.of(-1001234567890L));

        assertThat(read("migrate-to")).isEqualTo(new Migrate(-4012345678L, -1009876543210L));
    }

    @Test
    void theCursorAcknowledgesTheUpdate() {
        assertThat(reader.cursorAfter(41)).isEqualTo(new Cursor("offset", "42"));
    }
}
