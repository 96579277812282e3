package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.store.Database;

/**
 * A message the channel keeps failing holds the rest of its conversation back for a bounded time
 * only (30 s of its retries with the default backoff), on a clock the test moves.
 */
class RetryHoldTest {
    private final Instant start = Instant.parse("2024-03-02T09:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(start);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private Database database;
    private Outbox outbox;
    private Delivery delivery;

    @BeforeEach
    void open() {
        database = Database.inMemory("retry-hold-" + UUID.randomUUID(), List.of());
        outbox = new Outbox(clock);
        delivery = new Delivery(database, outbox, clock, Backoff.DEFAULT);
    }

    @AfterEach
    void close() {
        delivery.stop();
        database.close();
    }

    /** Delivers what is due each second for {@code seconds}; returns when row {@code id} was first sent, or null. */
    private Duration runUntilSent(DeliveryTest.FakeChannel channel, long id, int seconds) {
        for (int second = 0; second <= seconds; second++) {
            delivery.deliverNow("fake");
            if (channel.sent.stream().anyMatch(sent -> sent.id() == id)) {
                return Duration.between(start, now.get());
            }
            now.updateAndGet(instant -> instant.plusSeconds(1));
        }
        return null;
    }

    private long enqueue(String to, String text) {
        return database.inTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("fake", to), Content.notice(text), "hold"));
    }

    @Test
    void the_rest_of_the_chat_waits_at_most_thirty_seconds_behind_a_failing_message_which_is_still_retried() {
        DeliveryTest.FakeChannel channel = new DeliveryTest.FakeChannel(RateLimits.NONE, outbound ->
                outbound.content().text().equals("stuck") ? new DeliveryResult.Transient(DeliveryFailure.of(DeliveryFailure.Reason.UNAVAILABLE, 500)) : new DeliveryResult.Sent("ok"));
        delivery.add(channel, null);
        long stuck = enqueue("ana", "stuck");
        long next = enqueue("ana", "next");
        long elsewhere = enqueue("bob", "elsewhere");

        Duration nextAt = runUntilSent(channel, next, 120);

        assertThat(channel.sent).extracting(DeliveryTest.Sent::id).startsWith(elsewhere);
        // held while the failing one's waits add up to 2 + 4 + 8 + 16 s, then let through
        assertThat(nextAt).isNotNull().isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31));
        OutboxRow failing = database.inTransaction(handle -> outbox.find(handle, stuck)).orElseThrow();
        assertThat(failing.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failing.attempts()).isEqualTo(5);
    }

    @Test
    void a_message_that_fails_once_keeps_the_order_of_its_chat() {
        java.util.Set<Long> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        DeliveryTest.FakeChannel channel = new DeliveryTest.FakeChannel(RateLimits.NONE, outbound ->
                failedOnce.add(outbound.id()) && outbound.content().text().equals("first")
                        ? new DeliveryResult.Transient(DeliveryFailure.of(DeliveryFailure.Reason.UNAVAILABLE, 502)) : new DeliveryResult.Sent("ok"));
        delivery.add(channel, null);
        long first = enqueue("ana", "first");
        long second = enqueue("ana", "second");

        runUntilSent(channel, second, 10);

        assertThat(channel.sent).extracting(DeliveryTest.Sent::id).containsExactly(first, second);
    }
}
