package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.connector.telegram.internal.Sleeper;
import org.tresse.core.message.Payload;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * A Bot API server that answers {@code getUpdates} at once, the timeout ignored: the poller keeps a
 * floor between two empty polls. The poller's waits move the test's clock instead of the time.
 */
@StoreTest
class IdlePollingTest {
    private static final Duration RUN = Duration.ofMinutes(2);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final MutableClock clock = MutableClock.atVillageMorning();
    private final Instant start = clock.instant();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final CountDownLatch parked = new CountDownLatch(1);
    private final CountDownLatch never = new CountDownLatch(1);
    private final AtomicBoolean written = new AtomicBoolean();
    private final RecordingSink sink = new RecordingSink();
    private FakeBotApi server;
    private TelegramConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        server.longPollCap(0);
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        server.close();
    }

    /** Waits by moving the clock; an update arrives after a minute; after two, the poller is parked until stopped. */
    private final Sleeper sleeper = wait -> {
        waits.add(wait);
        clock.advance(wait);
        if (clock.instant().isAfter(start.plusSeconds(60)) && written.compareAndSet(false, true)) {
            server.addUpdate(Fixtures.update("private-command", 10000));
        }
        if (clock.instant().isAfter(start.plus(RUN))) {
            parked.countDown();
            never.await();
        }
    };

    @Test
    void emptyAnswersAtOnceArePolledAtMostOnceASecondBackingOffAndAMessageStillComesThrough() throws Exception {
        connector = new TelegramConnector(TelegramPollingTest.options(server).withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60)),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), clock, sleeper);
        connector.start(sink);

        await().atMost(Duration.ofSeconds(30)).until(() -> parked.getCount() == 0);

        int polls = server.calls("getUpdates").size();
        // two minutes of a server answering at once: a handful of polls, not thousands
        assertThat(polls).isBetween(10, 2 + (int) RUN.toSeconds() / 4);
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(waits.subList(0, 5)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(sink.received).extracting(inbound -> inbound.payload()).containsExactly(new Payload.Text("/aide"));
        // once the update came, the floor is back to a second
        int backToOne = waits.subList(5, waits.size()).indexOf(Duration.ofSeconds(1));
        assertThat(backToOne).isNotNegative();
        assertThat(server.highestConfirmed()).isEqualTo(10000);
    }
}
