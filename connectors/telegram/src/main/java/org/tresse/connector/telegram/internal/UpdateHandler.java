package org.tresse.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.tresse.connector.telegram.internal.TelegramEvent.Ignore;
import org.tresse.connector.telegram.internal.TelegramEvent.Migrate;
import org.tresse.connector.telegram.internal.TelegramEvent.Receive;
import org.tresse.core.channel.Arrival;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;

/**
 * Hands updates to the engine, or moves the cursor past those that carry nothing for Tresse: one
 * update (a webhook's), or a {@code getUpdates} batch in one transaction with the cursor past its
 * last update. Returns only once the updates and their cursor are committed; throws if they could
 * not be (they must then be asked for again). An update that cannot be understood is skipped.
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

    /** An update of a {@code getUpdates} answer and its id. */
    public record Numbered(JsonNode update, long updateId) {}

    /**
     * Hands a batch over, in order: its messages, presses and poll answers in one commit with the
     * cursor past its last update (a group's migration, rare, commits what came before it, then
     * itself). If the batch fails otherwise than by the database being down, its updates are handed
     * over one by one, each as {@link #handle}: a poison update never takes its batch down.
     */
    public void handleAll(List<Numbered> updates) {
        List<Numbered> group = new ArrayList<>();
        List<Arrival> arrivals = new ArrayList<>();
        List<String> callbacks = new ArrayList<>();
        for (Numbered numbered : updates) {
            TelegramEvent event = prepare(numbered);
            if (event instanceof Migrate) {
                flush(group, arrivals, callbacks);
                handle(numbered.update(), numbered.updateId());
                continue;
            }
            group.add(numbered);
            if (event instanceof Receive receive) {
                arrivals.add(new Arrival(receive.inbound(), bookkeeping(receive)));
                if (receive.callbackQueryId() != null) {
                    callbacks.add(receive.callbackQueryId());
                }
            }
        }
        flush(group, arrivals, callbacks);
    }

    /** The update read, a private chat that writes again resumed; an update that fails here is skipped with the batch. */
    private TelegramEvent prepare(Numbered numbered) {
        try {
            TelegramEvent event = read(numbered.update(), numbered.updateId());
            if (event instanceof Receive receive) {
                resumeIfPaused(receive);
            }
            return event;
        } catch (StorageException e) {
            throw e;
        } catch (Throwable failure) {
            log.error("Update {} could not be handled and is skipped: {}", numbered.updateId(), api.redactor().describe(failure));
            return new Ignore("failed");
        }
    }

    private void flush(List<Numbered> group, List<Arrival> arrivals, List<String> callbacks) {
        if (group.isEmpty()) {
            return;
        }
        long last = group.get(group.size() - 1).updateId();
        try {
            List<Receipt> receipts = sink.receiveAll(channel, List.copyOf(arrivals), reader.cursorAfter(last));
            log.debug("Updates {} to {} received: {}", group.get(0).updateId(), last, receipts);
            callbacks.forEach(this::answerCallback);
        } catch (StorageException e) {
            throw e;
        } catch (Throwable failure) {
            log.warn("Updates {} to {} could not be handled together; one by one: {}", group.get(0).updateId(), last,
                    api.redactor().describe(failure));
            group.forEach(numbered -> handle(numbered.update(), numbered.updateId()));
        }
        group.clear();
        arrivals.clear();
        callbacks.clear();
    }

    private void resumeIfPaused(Receive receive) {
        if (receive.inbound().roomKind() == RoomKind.PRIVATE && paused.resume(Long.parseLong(receive.inbound().room()))) {
            log.info("Telegram chat {} writes again: its private notifications resume", receive.inbound().room());
        }
    }

    /** The group message a reply will quote, remembered in the engine's transaction: no commit of its own. */
    private Consumer<Handle> bookkeeping(Receive receive) {
        return receive.messageRef() == null ? handle -> {} : handle -> messageRefs.remember(handle, receive.messageRef());
    }

    private void handleOne(JsonNode update, long updateId) {
        TelegramEvent event = read(update, updateId);
        if (event instanceof Receive receive) {
            resumeIfPaused(receive);
            Receipt receipt = sink.receive(receive.inbound(), bookkeeping(receive));
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
