package org.tresse.connector.telegram.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.PollAnswer;
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
    private final ObjectMapper json;
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
    public UpdateReader(String channel, String cursorKey, ObjectMapper json, Supplier<String> botUsername, PollLookup polls,
            GroupGate knownChats) {
        this.channel = channel;
        this.cursorKey = cursorKey;
        this.json = json;
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

    public TelegramEvent read(JsonNode node, long updateId) {
        Update update;
        try {
            update = json.treeToValue(node, Update.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Ignore("unreadable update: " + e.getClass().getSimpleName());
        }
        String eventId = "u" + updateId;
        Cursor cursor = cursorAfter(updateId);
        if (update.getMessage() != null) {
            return message(update.getMessage(), eventId, cursor);
        }
        if (update.getCallbackQuery() != null) {
            return callback(update.getCallbackQuery(), eventId, cursor);
        }
        if (update.getPollAnswer() != null) {
            return pollAnswer(update.getPollAnswer(), eventId, cursor);
        }
        return new Ignore("update kind " + kindOf(node));
    }

    private TelegramEvent message(Message message, String eventId, Cursor cursor) {
        Chat chat = message.getChat();
        if (chat == null || chat.getId() == null) {
            return new Ignore("message without chat");
        }
        if (message.getMigrateToChatId() != null) {
            return new Migrate(chat.getId(), message.getMigrateToChatId());
        }
        if (message.getMigrateFromChatId() != null) {
            return new Migrate(message.getMigrateFromChatId(), chat.getId());
        }
        Optional<RoomKind> kind = roomKind(chat);
        User from = message.getFrom();
        if (kind.isEmpty()) {
            return new Ignore("chat type " + chat.getType());
        }
        if (kind.get() == RoomKind.GROUP && !knownChats.acceptsGroup(chat.getId(), chat.getTitle())) {
            return new Ignore("group not in the configured rooms");
        }
        if (from == null || from.getId() == null || Boolean.TRUE.equals(from.getIsBot())) {
            return new Ignore("message not from a person");
        }
        if (message.getSenderChat() != null || Boolean.TRUE.equals(message.getIsAutomaticForward()) || from.getId() == TELEGRAM_SERVICE) {
            // a channel's post forwarded by Telegram, a message written as the channel or as the group: every
            // admin would speak as one shared account, so it speaks for nobody
            return new Ignore("message signed by a chat, not a person");
        }
        if (message.getText() == null) {
            return new Ignore("message without text");
        }
        Optional<String> text = CommandText.of(message, botUsername.get());
        if (text.isEmpty()) {
            return new Ignore("command for another bot");
        }
        Inbound inbound = inbound(eventId, Long.toString(chat.getId()), kind.get(), from, new Payload.Text(text.get()), cursor);
        MessageRef ref = kind.get() == RoomKind.GROUP && message.getMessageId() != null
                ? new MessageRef(eventId, chat.getId(), message.getMessageId())
                : null;
        return new Receive(inbound, null, ref);
    }

    private TelegramEvent callback(CallbackQuery query, String eventId, Cursor cursor) {
        User from = query.getFrom();
        if (from == null || from.getId() == null || query.getData() == null || query.getId() == null) {
            return new Ignore("callback query without data");
        }
        String room = Long.toString(from.getId());
        RoomKind kind = RoomKind.PRIVATE;
        MaybeInaccessibleMessage message = query.getMessage();
        if (message != null && message.getChat() != null && message.getChat().getId() != null) {
            Optional<RoomKind> chatKind = roomKind(message.getChat());
            if (chatKind.isEmpty()) {
                return new Ignore("callback in chat type " + message.getChat().getType());
            }
            room = Long.toString(message.getChat().getId());
            kind = chatKind.get();
        }
        Inbound inbound = inbound(eventId, room, kind, from, new Payload.ButtonPress(query.getData()), cursor);
        return new Receive(inbound, query.getId(), null);
    }

    private TelegramEvent pollAnswer(PollAnswer answer, String eventId, Cursor cursor) {
        User user = answer.getUser();
        if (user == null || user.getId() == null || answer.getPollId() == null) {
            return new Ignore("anonymous poll answer");
        }
        Optional<PollMap.SentPoll> poll = polls.find(answer.getPollId());
        if (poll.isEmpty()) {
            return new Ignore("answer to a poll Tresse did not send");
        }
        List<Integer> optionIds = answer.getOptionIds() == null ? List.of() : answer.getOptionIds();
        List<Integer> choices = optionIds.stream().map(option -> option + 1).toList();
        long chatId = poll.get().chatId();
        RoomKind kind = chatId > 0 ? RoomKind.PRIVATE : RoomKind.GROUP;
        Inbound inbound = inbound(eventId, Long.toString(chatId), kind, user,
                new Payload.PollAnswer(poll.get().pollKey(), choices), cursor);
        return new Receive(inbound, null, null);
    }

    private Inbound inbound(String eventId, String room, RoomKind kind, User from, Payload payload, Cursor cursor) {
        return new Inbound(channel, eventId, room, kind, new Identity(channel, Long.toString(from.getId())),
                displayName(from), payload, Optional.of(cursor), true);
    }

    static String displayName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        if (name.isEmpty() && user.getUserName() != null) {
            name = user.getUserName();
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static Optional<RoomKind> roomKind(Chat chat) {
        String type = chat.getType();
        if ("private".equals(type)) {
            return Optional.of(RoomKind.PRIVATE);
        }
        if ("group".equals(type) || "supergroup".equals(type)) {
            return Optional.of(RoomKind.GROUP);
        }
        return Optional.empty();
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
