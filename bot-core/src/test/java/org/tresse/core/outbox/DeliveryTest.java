package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Database;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.store.CoreDatabase;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/** The delivery workers against a channel that answers retry-after, transient and permanent failures. */
@StoreTest
class DeliveryTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    private final Clock clock = Clock.systemUTC();
    private Database database;
    private Outbox outbox;
    private Delivery delivery;

    @BeforeEach
    void open() {
        database = db.database();
        outbox = new Outbox(clock);
        delivery = new Delivery(database, outbox, clock, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 4));
    }

    @AfterEach
    void close() {
        delivery.stop();
        database.close();
    }

    @Test
    void every_message_arrives_exactly_once_and_never_before_the_retry_after() {
        Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Map<Long, Instant> refusedUntil = new ConcurrentHashMap<>();
        FakeChannel channel = new FakeChannel(RateLimits.NONE, outbound -> {
            int attempt = attempts.computeIfAbsent(outbound.id(), id -> new AtomicInteger()).incrementAndGet();
            if (outbound.id() % 3 == 0 && attempt == 1) {
                refusedUntil.put(outbound.id(), Instant.now().plusMillis(400));
                return new DeliveryResult.RetryAfter(Duration.ofMillis(400));
            }
            if (outbound.id() % 4 == 0 && attempt <= 2) {
                return new DeliveryResult.Transient(DeliveryFailure.of(Reason.UNAVAILABLE, 502));
            }
            return new DeliveryResult.Sent("remote-" + outbound.id());
        });
        delivery.add(channel, null);
        delivery.start();

        for (int index = 0; index < 30; index++) {
            String room = "room-" + (index % 5);
            database.useTransaction(handle -> outbox.enqueue(handle,
                    new Destination.Room("fake", room, RoomKind.GROUP), Content.notice("message"), "test"));
        }
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(30)).until(() -> channel.sent.size() == 30);
        assertThat(channel.sent.stream().map(Sent::id).distinct()).hasSize(30);
        for (Sent sent : channel.sent) {
            Instant notBefore = refusedUntil.get(sent.id());
            if (notBefore != null) {
                assertThat(sent.at()).as("row %s sent after its retry-after", sent.id()).isAfterOrEqualTo(notBefore);
            }
        }
        // the channel has the message before the worker marks its row sent
        await().atMost(Duration.ofSeconds(30)).until(() -> database.inTransaction(handle -> outbox.pendingCount(handle, "fake")) == 0);
        assertThat(counts("test"))
                .singleElement().satisfies(counts -> assertThat(counts.sent()).isEqualTo(30));
    }

    @Test
    void a_permanent_failure_is_recorded_with_its_reason_and_never_retried() {
        AtomicInteger calls = new AtomicInteger();
        FakeChannel channel = new FakeChannel(RateLimits.NONE, outbound -> {
            calls.incrementAndGet();
            return new DeliveryResult.Permanent(DeliveryFailure.of(Reason.BLOCKED, 403));
        });
        delivery.add(channel, null);
        delivery.start();
        database.useTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("fake", "42"), Content.notice("hello"), "perm"));
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(10)).until(() -> counts("perm")
                .stream().anyMatch(counts -> counts.failed() == 1));
        DeliveryCounts counts = counts("perm").get(0);
        assertThat(counts.failureReasons()).containsExactly("blocked:403");
        assertThat(delivery.awaitIdle("fake", Duration.ofSeconds(2))).isTrue();
        assertThat(calls).hasValue(1);
    }

    @Test
    void a_failed_row_without_a_reason_is_counted_without_one() {
        database.useTransaction(handle -> {
            outbox.enqueue(handle, new Destination.Direct("fake", "42"), Content.notice("hello"), "bare");
            handle.update("update outbox set status = 'FAILED', last_error = null where correlation = 'bare'");
        });

        DeliveryCounts counts = counts("bare").get(0);
        assertThat(counts.failed()).isEqualTo(1);
        assertThat(counts.failureReasons()).isEmpty();
    }

    @Test
    void transient_failures_give_up_after_the_last_attempt() {
        AtomicInteger calls = new AtomicInteger();
        FakeChannel channel = new FakeChannel(RateLimits.NONE, outbound -> {
            calls.incrementAndGet();
            return new DeliveryResult.Transient(Reason.NETWORK);
        });
        delivery.add(channel, null);
        delivery.start();
        database.useTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("fake", "42"), Content.notice("hello"), "flaky"));
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(20)).until(() -> counts("flaky")
                .stream().anyMatch(counts -> counts.failed() == 1));
        assertThat(calls).hasValue(4);
        assertThat(counts("flaky").get(0).failureReasons())
                .containsExactly("network@4");
    }

    @Test
    void messages_to_one_chat_are_spaced_by_its_rate_limit_and_keep_their_order() {
        FakeChannel channel = new FakeChannel(new RateLimits(null, new RateLimit(1, Duration.ofMillis(200)), null),
                outbound -> new DeliveryResult.Sent("ok"));
        delivery.add(channel, null);
        delivery.start();
        database.useTransaction(handle -> {
            for (int index = 0; index < 6; index++) {
                outbox.enqueue(handle, new Destination.Direct("fake", "ana"), Content.notice("m" + index), "paced");
            }
        });
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(20)).until(() -> channel.sent.size() == 6);
        List<Sent> sent = List.copyOf(channel.sent);
        for (int index = 1; index < sent.size(); index++) {
            assertThat(sent.get(index).id()).isGreaterThan(sent.get(index - 1).id());
            assertThat(Duration.between(sent.get(index - 1).at(), sent.get(index).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(190));
        }
    }

    @Test
    void a_connector_that_throws_does_not_stop_delivery() {
        AtomicInteger calls = new AtomicInteger();
        FakeChannel channel = new FakeChannel(RateLimits.NONE, outbound -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return new DeliveryResult.Sent("ok");
        });
        delivery.add(channel, null);
        delivery.start();
        database.useTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("fake", "ana"), Content.notice("hi"), "boom"));
        outbox.wakeUp();
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.sent.size() == 1);
    }

    private List<DeliveryCounts> counts(String correlation) {
        return database.inTransaction(handle -> outbox.counts(handle, correlation));
    }

    record Sent(long id, Instant at) {}

    static final class FakeChannel implements Connector {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        private final RateLimits limits;
        private final Function<Outbound, DeliveryResult> behaviour;

        FakeChannel(RateLimits limits, Function<Outbound, DeliveryResult> behaviour) {
            this.limits = limits;
            this.behaviour = behaviour;
        }

        @Override
        public String channel() {
            return "fake";
        }

        @Override
        public ChannelCapabilities capabilities() {
            return ChannelCapabilities.plainText().withRateLimits(limits);
        }

        @Override
        public void start(InboundSink sink) {}

        @Override
        public DeliveryResult deliver(Outbound outbound) {
            Instant start = Instant.now();
            DeliveryResult result = behaviour.apply(outbound);
            if (result instanceof DeliveryResult.Sent) {
                sent.add(new Sent(outbound.id(), start));
            }
            return result;
        }

        @Override
        public void stop() {}
    }
}
