package org.tresse.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.tresse.connector.telegram.internal.TelegramEvent.Ignore;
import org.tresse.connector.telegram.internal.TelegramEvent.Migrate;
import org.tresse.connector.telegram.internal.TelegramEvent.Receive;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;

/**
 * Hands one update to the engine, or moves the cursor past it when it carries nothing for
 * Tresse. Returns only once the update and its cursor are committed; throws if they could not
 * be (the update must then be asked for again). An update that cannot be understood is skipped.
 */
public final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final UpdateReader reader;
    private final InboundSink sink;
    private final String channel;
    private final MessageRefs messageRefs;
    private final PausedChats paused;
    private final RoomMigration migration;
    private final BotApi api;

    public UpdateHandler(UpdateReader reader, InboundSink sink, String channel, MessageRefs messageRefs, PausedChats paused,
            RoomMigration migration, BotApi api) {
        this.reader = reader;
        this.sink = sink;
        this.channel = channel;
        this.messageRefs = messageRefs;
        this.paused = paused;
        this.migration = migration;
        this.api = api;
    }

    /**
     * Hands the update over. Throws only a {@link StorageException} (the database is down: ask for
     * the update again); anything else an update throws, a {@link StackOverflowError} included, is
     * that update's problem: logged, and the cursor moves past it.
     */
    public void handle(JsonNode update, long updateId) {
        try {
            handleOne(update, updateId);
        } catch (StorageException e) {
            throw e;
        } catch (Throwable failure) {
            log.error("Update {} could not be handled and is skipped: {}", updateId, api.redactor().describe(failure));
            sink.saveCursor(channel, reader.cursorAfter(updateId));
        }
    }

    private void handleOne(JsonNode update, long updateId) {
        TelegramEvent event = read(update, updateId);
        if (event instanceof Receive receive) {
            if (receive.inbound().roomKind() == RoomKind.PRIVATE && paused.resume(Long.parseLong(receive.inbound().room()))) {
                log.info("Telegram chat {} writes again: its private notifications resume", receive.inbound().room());
            }
            // the group message a reply will quote is remembered in the engine's transaction: no commit of its own
            Consumer<Handle> bookkeeping = receive.messageRef() == null ? handle -> {}
                    : handle -> messageRefs.remember(handle, receive.messageRef());
            Receipt receipt = sink.receive(receive.inbound(), bookkeeping);
            log.debug("Update {} received: {}", updateId, receipt);
            if (receive.callbackQueryId() != null) {
                answerCallback(receive.callbackQueryId());
            }
        } else if (event instanceof Migrate migrate) {
            migration.migrate(migrate.fromChatId(), migrate.toChatId());
            sink.saveCursor(channel, reader.cursorAfter(updateId));
        } else if (event instanceof Ignore ignore) {
            log.debug("Update {} ignored: {}", updateId, ignore.reason());
            sink.saveCursor(channel, reader.cursorAfter(updateId));
        }
    }

    private TelegramEvent read(JsonNode update, long updateId) {
        try {
            return reader.read(update, updateId);
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            log.warn("Update {} could not be understood and is skipped: {}", updateId, api.redactor().describe(e));
            return new Ignore("not understood");
        }
    }

    /** Stops the button's spinner; the answer itself comes as a message. */
    private void answerCallback(String callbackQueryId) {
        try {
            ApiResponse response = api.call("answerCallbackQuery", AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
            if (!response.ok()) {
                log.debug("answerCallbackQuery refused: {}", api.redactor().redact(response.summary()));
            }
        } catch (BotApiException e) {
            log.debug("answerCallbackQuery failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
