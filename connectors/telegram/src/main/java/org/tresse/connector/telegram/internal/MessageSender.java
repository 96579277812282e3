package org.tresse.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.polls.StopPoll;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Button;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.StorageException;

/**
 * Delivers one outbound message: HTML text split in parts of at most 4096 characters, a reply
 * quoting the message it answers, inline keyboards, edits, native polls and their closing, files as documents.
 * Never throws for a channel failure: returns the matching {@link DeliveryResult}.
 */
public final class MessageSender {
    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);
    /** Telegram's parse mode, spelled as in the Bot API documentation. */
    private static final String HTML = "HTML";

    private final BotApi api;
    private final PollMap polls;
    private final PausedChats paused;
    private final MessageRefs messageRefs;
    private final SentParts sentParts;
    private final RoomMigration migration;

    public MessageSender(BotApi api, PollMap polls, PausedChats paused, MessageRefs messageRefs, SentParts sentParts, RoomMigration migration) {
        this.api = api;
        this.polls = polls;
        this.paused = paused;
        this.messageRefs = messageRefs;
        this.sentParts = sentParts;
        this.migration = migration;
    }

    public DeliveryResult deliver(Outbound outbound) {
        Destination destination = outbound.destination();
        String chatId = destination instanceof Destination.Room room ? room.room() : ((Destination.Direct) destination).userId();
        boolean privateChat = destination instanceof Destination.Direct
                || ((Destination.Room) destination).kind() == RoomKind.PRIVATE;
        Optional<Long> numericChat = numeric(chatId);
        if (privateChat && numericChat.isPresent() && paused.isPaused(numericChat.get())) {
            return new DeliveryResult.Permanent(Reason.BLOCKED);
        }
        try {
            try {
                return deliverTo(outbound, chatId);
            } catch (ChatMigrated migrated) {
                migration.migrate(numericChat.orElseThrow(), migrated.newChatId);
                return deliverTo(outbound, Long.toString(migrated.newChatId));
            }
        } catch (Refused refused) {
            ApiResponse response = refused.response;
            if (response.errorCode() == 403 && privateChat && numericChat.isPresent()) {
                paused.pause(numericChat.get(), api.redactor().redact(response.description()));
                log.info("Telegram chat {} blocked the bot: its private notifications are paused", chatId);
            }
            DeliveryResult result = Outcomes.failure(response);
            if (result instanceof DeliveryResult.Transient && outbound.attempt() > 1) {
                log.warn("Telegram failed {} again for outbox row {} in chat {} (attempt {}): {}", refused.method,
                        outbound.id(), chatId, outbound.attempt(), api.redactor().redact(response.summary()));
            } else if (result instanceof DeliveryResult.Permanent permanent) {
                // Telegram's own words are for the operator; the row keeps Tresse's reason
                log.warn("Telegram refused {} for outbox row {} in chat {} ({}): {}", refused.method, outbound.id(), chatId,
                        permanent.reason(), api.redactor().redact(response.summary()));
            }
            return result;
        } catch (ChatMigrated twice) {
            return new DeliveryResult.Permanent(Reason.CHAT_MOVED);
        } catch (BotApiException e) {
            if (outbound.attempt() > 1) {
                log.warn("Telegram failed again for outbox row {} in chat {} (attempt {}): {}", outbound.id(), chatId,
                        outbound.attempt(), e.getMessage());
            }
            log.debug("Telegram unreachable for outbox row {}: {}", outbound.id(), e.getMessage());
            return new DeliveryResult.Transient(Reason.NETWORK);
        } catch (StorageException e) {
            log.warn("The database failed while sending outbox row {} to Telegram: {}", outbound.id(), api.redactor().describe(e));
            return new DeliveryResult.Transient(Reason.STORE_UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Transient(Reason.INTERRUPTED);
        }
    }

    private DeliveryResult deliverTo(Outbound outbound, String chatId)
            throws Refused, ChatMigrated, BotApiException, InterruptedException {
        Content content = outbound.content();
        PollPresentation poll = content.poll();
        if (poll != null && poll.closed()) {
            stopPolls(poll.key(), chatId);
        }
        if (content.edits() != null) {
            return edit(chatId, content);
        }
        PollPlan.Shape shape = poll == null || poll.closed() ? PollPlan.Shape.TEXT : PollPlan.shape(poll, outbound.attempt());
        boolean nativePoll = poll != null && !poll.closed() && PollPlan.isNative(poll);
        List<List<Button>> buttons = content.buttons();
        if (poll != null && !nativePoll && buttons.isEmpty()) {
            buttons = PollPlan.buttons(poll);
        }
        List<Object> parts = new ArrayList<>();
        if (!content.text().isBlank()) {
            Integer replyTo = content.replyTo() == null ? null : messageRefs.messageId(content.replyTo(), chatId)
                    .map(Long::intValue).orElse(null);
            List<String> texts = HtmlRenderer.render(content.text(), HtmlRenderer.MAX_LENGTH);
            for (int index = 0; index < texts.size(); index++) {
                boolean last = index == texts.size() - 1 && !nativePoll;
                parts.add(Parts.text(chatId, texts.get(index), index == 0 ? replyTo : null, last ? buttons : List.of()));
            }
        }
        Optional<Attachment> file = content.file().filter(attached -> attached.bytes() != null);
        if (file.isPresent() && !nativePoll) {
            Integer replyTo = content.replyTo() == null ? null : messageRefs.messageId(content.replyTo(), chatId)
                    .map(Long::intValue).orElse(null);
            parts = new ArrayList<>(Parts.withDocument(chatId, file.get(), content.text(), replyTo, parts, !buttons.isEmpty()));
        }
        if (nativePoll) {
            // the poll keeps its place among the parts whatever its shape, so a retry skips what was sent
            parts.add(Parts.poll(chatId, poll, buttons, shape));
            if (shape != PollPlan.Shape.NATIVE) {
                log.warn("Telegram could not take native poll {} in {} tries: sending it as {} instead",
                        poll.key(), outbound.attempt() - 1, shape == PollPlan.Shape.BUTTONS ? "buttons" : "text");
            }
        }
        if (parts.isEmpty()) {
            return poll != null && poll.closed() ? DeliveryResult.sent("") : new DeliveryResult.Permanent(Reason.EMPTY);
        }
        Object fallback = nativePoll ? Parts.poll(chatId, poll, buttons, PollPlan.Shape.BUTTONS) : null;
        return sendParts(outbound.id(), parts, poll, fallback);
    }

    /** Sends the parts still missing; a native poll Telegram refuses outright (400) goes as {@code fallback} at once. */
    private DeliveryResult sendParts(long outboxId, List<Object> parts, PollPresentation poll, Object fallback)
            throws Refused, ChatMigrated, BotApiException, InterruptedException {
        Map<Integer, Long> already = parts.size() > 1 ? sentParts.of(outboxId) : Map.of();
        long lastId = 0;
        for (int index = 0; index < parts.size(); index++) {
            if (already.containsKey(index)) {
                lastId = already.get(index);
                continue;
            }
            Object part = parts.get(index);
            boolean isPoll = part instanceof SendPoll;
            JsonNode result;
            try {
                result = part instanceof Parts.Document document ? upload(document) : call(isPoll ? "sendPoll" : "sendMessage", part);
            } catch (Refused refused) {
                if (part instanceof Parts.Document && Outcomes.fileTooLarge(refused.response)) {
                    // the document goes first: nothing of this message went out
                    log.debug("Telegram refused the document of outbox row {}: {}", outboxId,
                            api.redactor().redact(refused.response.summary()));
                    return new DeliveryResult.FileRefused(DeliveryFailure.of(Reason.TOO_LARGE, refused.response.errorCode()));
                }
                if (!isPoll || refused.response.errorCode() != 400) {
                    throw refused;
                }
                log.warn("Telegram refused native poll {} ({}): sending it with buttons instead", poll.key(),
                        api.redactor().redact(refused.response.summary()));
                isPoll = false;
                result = call("sendMessage", fallback);
            }
            lastId = result.path("message_id").asLong();
            if (isPoll) {
                rememberPoll(result, poll, lastId);
            }
            if (parts.size() > 1) {
                sentParts.record(outboxId, index, lastId);
            }
        }
        return DeliveryResult.sent(Long.toString(lastId));
    }

    private void rememberPoll(JsonNode result, PollPresentation poll, long messageId) {
        String pollId = result.path("poll").path("id").asText("");
        long chatId = result.path("chat").path("id").asLong();
        if (pollId.isEmpty()) {
            log.warn("Telegram sent poll {} without a poll id: its answers cannot be counted", poll.key());
            return;
        }
        try {
            polls.remember(pollId, poll.key(), chatId, messageId);
        } catch (StorageException e) {
            log.error("Native poll {} was sent but could not be remembered; its answers will be ignored: {}",
                    poll.key(), api.redactor().describe(e));
        }
    }

    private DeliveryResult edit(String chatId, Content content) throws Refused, ChatMigrated, BotApiException, InterruptedException {
        Optional<Long> messageId = numeric(content.edits());
        if (messageId.isEmpty()) {
            log.warn("Cannot edit {} on Telegram: not a Telegram message id", content.edits());
            return new DeliveryResult.Permanent(Reason.NOT_EDITABLE);
        }
        EditMessageText.EditMessageTextBuilder<?, ?> request = EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId.get().intValue())
                .text(HtmlRenderer.renderOne(content.text(), HtmlRenderer.MAX_LENGTH))
                .parseMode(HTML);
        if (!content.buttons().isEmpty()) {
            request.replyMarkup(Keyboards.of(content.buttons()));
        }
        try {
            call("editMessageText", request.build());
        } catch (Refused refused) {
            if (!Outcomes.notModified(refused.response)) {
                throw refused;
            }
        }
        return DeliveryResult.sent(content.edits());
    }

    private void stopPolls(String pollKey, String chatId) throws Refused, ChatMigrated, BotApiException, InterruptedException {
        Optional<Long> chat = numeric(chatId);
        if (chat.isEmpty()) {
            return;
        }
        for (PollMap.SentPoll sent : polls.openIn(pollKey, chat.get())) {
            try {
                call("stopPoll", StopPoll.builder().chatId(chatId).messageId((int) sent.messageId()).build());
            } catch (Refused refused) {
                if (!Outcomes.alreadyClosed(refused.response)) {
                    throw refused;
                }
            }
            polls.markClosed(sent.pollId());
        }
    }

    /** Calls the Bot API; the {@code result} on success. */
    private JsonNode call(String method, Object request) throws Refused, ChatMigrated, BotApiException, InterruptedException {
        return result(method, api.call(method, request));
    }

    private JsonNode upload(Parts.Document document) throws Refused, ChatMigrated, BotApiException, InterruptedException {
        return result("sendDocument", api.upload("sendDocument", document.form(api.json())));
    }

    private JsonNode result(String method, ApiResponse response) throws Refused, ChatMigrated {
        if (response.ok()) {
            return response.result();
        }
        if (response.migrateToChatId() != null) {
            throw new ChatMigrated(response.migrateToChatId());
        }
        log.debug("Telegram refused {}: {}", method, api.redactor().redact(response.summary()));
        throw new Refused(method, response);
    }

    private static Optional<Long> numeric(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The Bot API said no. */
    private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
        private final String method;
        private final transient ApiResponse response;

        Refused(String method, ApiResponse response) {
            super(null, null, false, false);
            this.method = method;
            this.response = response;
        }
    }

    /** The group became a supergroup with a new chat id. */
    private static final class ChatMigrated extends Exception {
    private static final long serialVersionUID = 1L;
        private final long newChatId;

        ChatMigrated(long newChatId) {
            super(null, null, false, false);
            this.newChatId = newChatId;
        }
    }
}
