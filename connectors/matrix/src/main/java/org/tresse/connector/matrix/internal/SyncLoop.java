package org.tresse.connector.matrix.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.connector.matrix.MatrixException;
import org.tresse.core.channel.Failures;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.lease.Lease;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.core.store.StorageException;

/**
 * The {@code /sync} long-poll loop. The sync token is the cursor: a batch's {@code next_batch}
 * is committed with the LAST event of the batch (or alone after it), so a crash in the middle
 * of a batch syncs again from the previous token and replays the rest (events already handled
 * are duplicates, which the engine ignores). A failure to commit is retried, never skipped. Only
 * the instance holding the account's intake lease syncs; a batch fetched after losing it is left.
 */
public final class SyncLoop implements Runnable {
    public static final String CURSOR_KEY = "next_batch";
    private static final Logger log = LoggerFactory.getLogger(SyncLoop.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    /** Opens the session (login, token check, room aliases). */
    @FunctionalInterface
    public interface Connect {
        void connect() throws IOException, InterruptedException;
    }

    private final String channel;
    private final Connect connect;
    private final MatrixClient client;
    private final Session session;
    private final SyncProcessor processor;
    private final InboundSink sink;
    private final Duration timeout;
    private final String filter;
    private final Lease intake;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private Duration backoff = FIRST_BACKOFF;

    public SyncLoop(String channel, Connect connect, MatrixClient client, Session session, SyncProcessor processor,
            InboundSink sink, Duration timeout, Lease intake) {
        this.channel = channel;
        this.connect = connect;
        this.client = client;
        this.session = session;
        this.processor = processor;
        this.sink = sink;
        this.timeout = timeout;
        this.filter = SyncFilter.sync(client.json());
        this.intake = intake;
    }

    @Override
    public void run() {
        log.info("Matrix sync loop started");
        while (running) {
            try {
                if (!session.isOpen()) {
                    connect.connect();
                }
                syncOnce();
                backoff = FIRST_BACKOFF;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (MatrixException e) {
                if (isFatal(e)) {
                    log.error("Matrix stops receiving: {}", e.getMessage());
                    running = false;
                } else if (e.isRateLimit()) {
                    Duration wait = e.retryAfter().orElse(RetryAfter.UNSPECIFIED);
                    log.info("The homeserver asked to wait {} before the next sync", wait);
                    pause(wait);
                } else {
                    log.warn("Matrix sync failed, trying again in {}: {}", backoff, e.getMessage());
                    pauseAndGrow();
                }
            } catch (IOException e) {
                log.warn("Matrix sync failed ({}), trying again in {}", e.getClass().getSimpleName(), backoff);
                pauseAndGrow();
            } catch (Throwable e) {
                // whatever a sync threw, the loop lives on and syncs again from the committed token
                log.error("Matrix sync failed, trying again in {}: {}", backoff, Failures.summary(e), Failures.traceOf(e));
                pauseAndGrow();
            }
        }
        log.info("Matrix sync loop stopped");
    }

    private void syncOnce() throws IOException, InterruptedException {
        OptionalLong term = intake.await(timeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : timeout);
        if (term.isEmpty()) {
            return;
        }
        String since = sink.cursor(channel, CURSOR_KEY).orElse(null);
        Duration wait = since == null ? Duration.ZERO : timeout;
        JsonNode answer = session.authorized(() -> client.sync(since, filter, wait));
        if (!intake.holds(term.getAsLong())) {
            log.info("Matrix sync pauses: another instance syncs this account now; this batch is left to it");
            return;
        }
        Optional<String> next = Json.text(answer, "next_batch");
        if (next.isEmpty()) {
            throw new MatrixException(200, "", "GET /sync: the answer has no next_batch", null);
        }
        List<Inbound> inbounds = processor.process(answer, since);
        commit(inbounds, since, next.get());
    }

    /** Hands the batch to the sink; the last event carries the batch's token. */
    private void commit(List<Inbound> inbounds, String since, String next) throws InterruptedException {
        Cursor cursor = new Cursor(CURSOR_KEY, next);
        Receipt last = null;
        for (int index = 0; index < inbounds.size() && running; index++) {
            Inbound inbound = inbounds.get(index);
            boolean isLast = index == inbounds.size() - 1;
            last = receive(isLast ? inbound.withCursor(cursor) : inbound);
        }
        if (!running) {
            return;
        }
        boolean cursorStored = last == Receipt.PROCESSED || last == Receipt.REJECTED;
        if (!cursorStored && !next.equals(since)) {
            saveCursor(cursor);
        }
        if (!inbounds.isEmpty()) {
            log.debug("Matrix batch of {} events committed up to {}", inbounds.size(), next);
        }
    }

    /**
     * Hands one event over; a database failure is tried again (never skipped), anything else the
     * event throws is that event's alone: logged, and the batch goes on (null: nothing stored).
     */
    private Receipt receive(Inbound inbound) throws InterruptedException {
        Duration wait = FIRST_BACKOFF;
        while (running) {
            try {
                return sink.receive(inbound);
            } catch (StorageException e) {
                log.warn("Could not commit Matrix event {} (trying again in {})", inbound.eventId(), wait, e);
                pause(wait);
                wait = grow(wait);
            } catch (Throwable failure) {
                log.error("Matrix event {} could not be handled and is skipped: {}", inbound.eventId(), Failures.summary(failure),
                        Failures.traceOf(failure));
                return null;
            }
        }
        throw new InterruptedException("stopped while committing");
    }

    private void saveCursor(Cursor cursor) throws InterruptedException {
        Duration wait = FIRST_BACKOFF;
        while (running) {
            try {
                sink.saveCursor(channel, cursor);
                return;
            } catch (RuntimeException e) {
                log.warn("Could not store the Matrix sync token (trying again in {})", wait, e);
                pause(wait);
                wait = grow(wait);
            }
        }
    }

    /** A refused password or a refused configured token: only a person can fix it. */
    private boolean isFatal(MatrixException e) {
        return e.isBadToken() || (!session.isOpen() && (e.status() == 401 || e.status() == 403));
    }

    public void stop() {
        running = false;
        stopped.countDown();
    }

    public boolean isRunning() {
        return running;
    }

    private void pauseAndGrow() {
        pause(backoff);
        backoff = grow(backoff);
    }

    private void pause(Duration duration) {
        try {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration grow(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }
}
