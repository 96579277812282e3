package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.outbox.DeliveryTest.FakeChannel;
import org.tresse.core.outbox.DeliveryTest.Sent;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.PostgresServer;
import org.tresse.testkit.store.PostgresTest;

/**
 * The database goes away between a message's send and its record: once it is back, the row is
 * recorded as sent, and the message is not sent a second time.
 */
@PostgresTest
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DeliveryOutageTest {
    private final Clock clock = Clock.systemUTC();
    private PostgresServer server;
    private Database database;
    private Delivery delivery;

    @BeforeEach
    void start() {
        // durable: the server is stopped at once, and the row written before must still be there
        server = PostgresServer.start(true);
        database = CoreDatabase.open(server.createDatabase(null, null));
    }

    @AfterEach
    void stop() {
        delivery.stop();
        database.close();
        server.close();
    }

    @Test
    void a_message_sent_while_the_database_went_away_is_recorded_once_it_is_back_and_not_sent_again() {
        Outbox outbox = new Outbox(clock);
        AtomicBoolean first = new AtomicBoolean(true);
        FakeChannel channel = new FakeChannel(RateLimits.NONE, outbound -> {
            if (first.getAndSet(false)) {
                server.stopServer();
            }
            return new DeliveryResult.Sent("remote-" + outbound.id());
        });
        delivery = new Delivery(database, outbox, clock, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 50));
        delivery.add(channel, null);
        database.useTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("fake", "42"), Content.notice("bonjour"), "outage"));
        delivery.start();

        await().atMost(Duration.ofMinutes(1)).until(() -> channel.sent.size() == 1);
        server.startServer();
        await().atMost(Duration.ofMinutes(2)).until(() -> sentRows() == 1);

        assertThat(channel.sent).extracting(Sent::id).hasSize(1);
        long withRemoteId = database.inTransaction(handle -> handle.count("select count(*) from outbox where remote_id like 'remote-%'"));
        assertThat(withRemoteId).isEqualTo(1);
    }

    private long sentRows() {
        try {
            return database.inTransaction(handle -> handle.count("select count(*) from outbox where status = 'SENT'"));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
