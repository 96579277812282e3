package org.tresse.connector.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.lease.Lease;

/**
 * Long polling with exactly-once hand-over: the offset asked of Telegram is always the cursor
 * committed with the last update handled, so an update is acknowledged (by the next
 * {@code getUpdates}) only once the engine has stored it. After a failure of the engine the same
 * updates are asked again; the engine's inbound log keeps a redelivered one from running twice.
 * Two empty answers are always some time apart ({@link IdleFloor}), whatever the server does.
 * Only the instance that holds the bot's intake lease polls; it hands over nothing it fetched once
 * it no longer holds it (its successor fetches those again from the committed offset).
 */
public final class UpdatePoller implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "poll_answer");

    private final BotApi api;
    private final UpdateHandler handler;
    private final InboundSink sink;
    private final String channel;
    private final String cursorKey;
    private final BotIdentity identity;
    private final Duration pollTimeout;
    private final int batchSize;
    private final RetryDelay delay;
    private final IdleFloor idle;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Lease intake;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private Long offset;
    private long term;

    public UpdatePoller(BotApi api, UpdateHandler handler, InboundSink sink, String channel, String cursorKey,
            BotIdentity identity, Duration pollTimeout, int batchSize, RetryDelay delay, Pacing pacing, Lease intake) {
        this.api = api;
        this.handler = handler;
        this.sink = sink;
        this.channel = channel;
        this.cursorKey = cursorKey;
        this.identity = identity;
        this.pollTimeout = pollTimeout;
        this.batchSize = batchSize;
        this.delay = delay;
        this.idle = pacing.idle();
        this.clock = pacing.clock();
        this.sleeper = pacing.sleeper() != null ? pacing.sleeper() : this::awaitStop;
        this.intake = intake;
    }

    /**
     * How the poller keeps time: the floor between empty polls, the clock it measures them with,
     * and how it waits (null: until the wait is over or the poller is stopped).
     */
    public record Pacing(IdleFloor idle, Clock clock, Sleeper sleeper) {}

    @Override
    public void run() {
        log.info("Telegram long polling started");
        try {
            while (running) {
                try {
                    pollOnce();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Throwable failure) {
                    // whatever one round threw, the poller lives on: it asks again from the committed offset
                    Duration wait = delay.next();
                    log.error("Telegram polling failed, asking again from offset {} in {}: {}", offset, Waits.text(wait),
                            api.redactor().describe(failure));
                    pause(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Telegram long polling stopped");
    }

    public void stop() {
        running = false;
        stopped.countDown();
    }

    /** One round: learn who the bot is if needed, ask for updates, hand them over as one batch. */
    void pollOnce() throws InterruptedException {
        try {
            if (!identity.known() && !identity.learn(api)) {
                pause(delay.next());
                return;
            }
            OptionalLong held = intake.await(pollTimeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : pollTimeout);
            if (held.isEmpty()) {
                return;
            }
            if (held.getAsLong() != term) {
                // the account changed hands: another instance may have moved the cursor
                term = held.getAsLong();
                offset = null;
            }
            if (offset == null) {
                offset = sink.cursor(channel, cursorKey).map(Long::parseLong).orElse(0L);
                log.info("Telegram polling resumes at offset {}", offset);
            }
            Instant asked = clock.instant();
            ApiResponse response = api.call("getUpdates", getUpdates(), pollTimeout.plusSeconds(15));
            if (!intake.holds(term)) {
                log.info("Telegram polling pauses: another instance polls this bot now; its updates are left to it");
                return;
            }
            if (!response.ok()) {
                refused(response);
                return;
            }
            delay.reset();
            if (response.result().isArray() && response.result().isEmpty()) {
                Duration wait = idle.afterEmpty(Duration.between(asked, clock.instant()));
                if (!wait.isZero()) {
                    log.debug("Telegram answered getUpdates at once with nothing; asking again in {}", Waits.text(wait));
                    pause(wait);
                }
                return;
            }
            idle.reset();
            handleAll(response.result());
        } catch (BotApiException e) {
            Duration wait = delay.next();
            if (e.malformed()) {
                log.warn("Telegram answered getUpdates with malformed JSON, retrying in {}: {}", Waits.text(wait), e.getMessage());
            } else {
                log.warn("Telegram could not be reached, retrying in {}: {}", Waits.text(wait), e.getMessage());
            }
            pause(wait);
        } catch (RuntimeException e) {
            Duration wait = delay.next();
            log.error("Telegram updates could not be stored, asking again from offset {} in {}: {}",
                    offset, Waits.text(wait), api.redactor().describe(e));
            pause(wait);
        }
    }

    private void handleAll(JsonNode updates) throws InterruptedException {
        if (!updates.isArray()) {
            log.warn("Telegram answered getUpdates without a list of updates; asking again");
            pause(delay.next());
            return;
        }
        if (!running || !intake.holds(term)) {
            return;
        }
        List<UpdateHandler.Numbered> batch = new ArrayList<>(updates.size());
        for (JsonNode update : updates) {
            long updateId = update.path("update_id").asLong(-1);
            if (updateId < 0) {
                log.warn("Telegram sent an update without update_id; skipped");
            } else if (updateId < offset) {
                log.debug("Update {} already handled; skipped", updateId);
            } else {
                batch.add(new UpdateHandler.Numbered(update, updateId));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        // one commit for the batch, its cursor with it: only then is the next offset asked
        handler.handleAll(batch);
        offset = batch.get(batch.size() - 1).updateId() + 1;
    }

    private GetUpdates getUpdates() {
        return GetUpdates.builder()
                .offset(offset.intValue())
                .limit(batchSize)
                .timeout((int) pollTimeout.toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    private void refused(ApiResponse response) throws InterruptedException {
        String said = api.redactor().redact(response.summary());
        int code = response.errorCode();
        if (code == 429 && response.retryAfterDelay().isPresent()) {
            Duration wait = response.retryAfterDelay().get();
            log.warn("Telegram asks to wait {} before polling again ({})", Waits.text(wait), said);
            pause(wait);
            return;
        }
        Duration wait = delay.next();
        if (code == 409 && response.description().toLowerCase().contains("webhook")) {
            log.warn("A webhook is set for this bot but Tresse is configured for long polling: removing the webhook ({})", said);
            removeWebhook();
        } else if (code == 409) {
            log.error("Telegram refused getUpdates with 409 Conflict: another program is polling this bot with the same "
                    + "token (another Tresse instance?). Only one may poll at a time: stop the other one. Retrying in {}. "
                    + "Telegram said: {}", Waits.text(wait), said);
        } else if (code == 401 || code == 404) {
            log.error("Telegram refused the bot token ({}): check the token given by @BotFather. Retrying in {}", said, Waits.text(wait));
        } else {
            log.warn("Telegram refused getUpdates ({}), retrying in {}", said, Waits.text(wait));
        }
        pause(wait);
    }

    private void removeWebhook() throws InterruptedException {
        try {
            ApiResponse response = api.call("deleteWebhook", DeleteWebhook.builder().dropPendingUpdates(false).build());
            if (!response.ok()) {
                log.warn("Removing the webhook failed: {}", api.redactor().redact(response.summary()));
            }
        } catch (BotApiException e) {
            log.warn("Removing the webhook failed: {}", e.getMessage());
        }
    }

    private void pause(Duration wait) throws InterruptedException {
        if (running) {
            sleeper.sleep(wait);
        }
    }

    private void awaitStop(Duration wait) throws InterruptedException {
        if (stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            running = false;
        }
    }
}
