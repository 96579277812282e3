package org.tresse.connector.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.JsonNode;
import org.tresse.connector.telegram.internal.TelegramEvent.Ignore;
import org.tresse.connector.telegram.internal.TelegramEvent.MessageRef;
import org.tresse.connector.telegram.internal.TelegramEvent.Migrate;
import org.tresse.connector.telegram.internal.TelegramEvent.Receive;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.Payload;
import org.tresse.core.message.RoomKind;

/**
 * Turns one Telegram update into a {@link TelegramEvent}: text messages in private chats, groups
 * and supergroups, button presses, answers to native polls, group migrations; anything else is
 * ignored. Messages of groups that are not {@link KnownChats known} are ignored too; button
 * presses and poll answers are not, since they answer messages and polls Tresse itself sent.
 * The event id is {@code "u" + update_id}; the cursor is {@code update_id + 1}.
 */
public final class UpdateReader {
    private final String channel;
    private final String cursorKey;
    private final Supplier<String> botUsername;
    private final PollLookup polls;
    private final GroupGate knownChats;

    /** Which native poll a Telegram poll id is (Tresse sent it). */
    @FunctionalInterface
    public interface PollLookup {
        Optional<PollMap.SentPoll> find(String telegramPollId);
    }

    /** Whether Tresse listens in a group (and whether to say so once in the log). */
    @FunctionalInterface
    public interface GroupGate {
        boolean acceptsGroup(long chatId, String title);
    }

    /** Reads updates with no I/O of its own: what it must know comes through {@code polls} and {@code knownChats}. */
    public UpdateReader(String channel, String cursorKey, Supplier<String> botUsername, PollLookup polls,
            GroupGate knownChats) {
        this.channel = channel;
        this.cursorKey = cursorKey;
        this.botUsername = botUsername;
        this.polls = polls;
        this.knownChats = knownChats;
    }

    /** The cursor that acknowledges update {@code updateId}. */
    /** The account Telegram forwards a linked channel's posts from (not flagged as a bot). */
    private static final long TELEGRAM_SERVICE = 777000L;

    public Cursor cursorAfter(long updateId) {
        return new Cursor(cursorKey, Long.toString(updateId + 1));
    }

    /**
     * Reads the update's JSON tree as it is (parsed once, by the poller or the webhook): only the
     * fields Tresse uses, a field of the wrong type read as absent.
     */
    public TelegramEvent read(JsonNode node, long updateId) {
        if (!node.isObject()) {
            return new Ignore("unreadable update: not an object");
        }
        String eventId = "u" + updateId;
        Cursor cursor = cursorAfter(updateId);
        if (node.path("message").isObject()) {
            return message(node.get("message"), eventId, cursor);
        }
        if (node.path("callback_query").isObject()) {
            return callback(node.get("callback_query"), eventId, cursor);
        }
        if (node.path("poll_answer").isObject()) {
            return pollAnswer(node.get("poll_answer"), eventId, cursor);
        }
        return new Ignore("update kind " + kindOf(node));
    }

    private TelegramEvent message(JsonNode message, String eventId, Cursor cursor) {
        JsonNode chat = message.path("chat");
        Long chatId = number(chat, "id");
        if (chatId == null) {
            return new Ignore("message without chat");
        }
        Long migrateTo = number(message, "migrate_to_chat_id");
        if (migrateTo != null) {
            return new Migrate(chatId, migrateTo);
        }
        Long migrateFrom = number(message, "migrate_from_chat_id");
        if (migrateFrom != null) {
            return new Migrate(migrateFrom, chatId);
        }
        Optional<RoomKind> kind = roomKind(text(chat, "type"));
        JsonNode from = message.path("from");
        Long fromId = number(from, "id");
        if (kind.isEmpty()) {
            return new Ignore("chat type " + text(chat, "type"));
        }
        if (kind.get() == RoomKind.GROUP && !knownChats.acceptsGroup(chatId, text(chat, "title"))) {
            return new Ignore("group not in the configured rooms");
        }
        if (fromId == null || isTrue(from, "is_bot")) {
            return new Ignore("message not from a person");
        }
        if (message.path("sender_chat").isObject() || isTrue(message, "is_automatic_forward") || fromId == TELEGRAM_SERVICE) {
            // a channel's post forwarded by Telegram, a message written as the channel or as the group: every
            // admin would speak as one shared account, so it speaks for nobody
            return new Ignore("message signed by a chat, not a person");
        }
        String written = text(message, "text");
        if (written == null) {
            return new Ignore("message without text");
        }
        Optional<String> text = CommandText.of(written, botUsername.get());
        if (text.isEmpty()) {
            return new Ignore("command for another bot");
        }
        Inbound inbound = inbound(eventId, Long.toString(chatId), kind.get(), from, new Payload.Text(text.get()), cursor);
        Long messageId = number(message, "message_id");
        MessageRef ref = kind.get() == RoomKind.GROUP && messageId != null ? new MessageRef(eventId, chatId, messageId) : null;
        return new Receive(inbound, null, ref);
    }

    private TelegramEvent callback(JsonNode query, String eventId, Cursor cursor) {
        JsonNode from = query.path("from");
        Long fromId = number(from, "id");
        String data = text(query, "data");
        String queryId = text(query, "id");
        if (fromId == null || data == null || queryId == null) {
            return new Ignore("callback query without data");
        }
        String room = Long.toString(fromId);
        RoomKind kind = RoomKind.PRIVATE;
        JsonNode chat = query.path("message").path("chat");
        Long chatId = number(chat, "id");
        if (chatId != null) {
            Optional<RoomKind> chatKind = roomKind(text(chat, "type"));
            if (chatKind.isEmpty()) {
                return new Ignore("callback in chat type " + text(chat, "type"));
            }
            room = Long.toString(chatId);
            kind = chatKind.get();
        }
        Inbound inbound = inbound(eventId, room, kind, from, new Payload.ButtonPress(data), cursor);
        return new Receive(inbound, queryId, null);
    }

    private TelegramEvent pollAnswer(JsonNode answer, String eventId, Cursor cursor) {
        JsonNode user = answer.path("user");
        String pollId = text(answer, "poll_id");
        if (number(user, "id") == null || pollId == null) {
            return new Ignore("anonymous poll answer");
        }
        Optional<PollMap.SentPoll> poll = polls.find(pollId);
        if (poll.isEmpty()) {
            return new Ignore("answer to a poll Tresse did not send");
        }
        List<Integer> choices = new ArrayList<>();
        for (JsonNode option : answer.path("option_ids")) {
            if (option.canConvertToInt() && option.isIntegralNumber()) {
                choices.add(option.intValue() + 1);
            }
        }
        long chatId = poll.get().chatId();
        RoomKind kind = chatId > 0 ? RoomKind.PRIVATE : RoomKind.GROUP;
        Inbound inbound = inbound(eventId, Long.toString(chatId), kind, user,
                new Payload.PollAnswer(poll.get().pollKey(), List.copyOf(choices)), cursor);
        return new Receive(inbound, null, null);
    }

    private Inbound inbound(String eventId, String room, RoomKind kind, JsonNode from, Payload payload, Cursor cursor) {
        return new Inbound(channel, eventId, room, kind, new Identity(channel, Long.toString(number(from, "id"))),
                displayName(text(from, "first_name"), text(from, "last_name"), text(from, "username")), payload, Optional.of(cursor), true);
    }

    static String displayName(String firstName, String lastName, String userName) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        String name = (first + " " + last).strip();
        if (name.isEmpty() && userName != null) {
            name = userName;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static Optional<RoomKind> roomKind(String type) {
        if ("private".equals(type)) {
            return Optional.of(RoomKind.PRIVATE);
        }
        if ("group".equals(type) || "supergroup".equals(type)) {
            return Optional.of(RoomKind.GROUP);
        }
        return Optional.empty();
    }

    /** A whole number that fits a long, else null (absent, or not a number). */
    private static Long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    /** A string, else null (absent, or not a string). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static boolean isTrue(JsonNode node, String field) {
        return node.path(field).isBoolean() && node.path(field).booleanValue();
    }

    private static String kindOf(JsonNode node) {
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!"update_id".equals(name)) {
                return name;
            }
        }
        return "(empty)";
    }
}
