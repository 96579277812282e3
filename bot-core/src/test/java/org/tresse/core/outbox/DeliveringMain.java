package org.tresse.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.outbox.DeliveryTest.FakeChannel;
import org.tresse.core.store.Database;

/**
 * Delivers the outbox of the H2 file named by its argument on channel {@code fake}, printing
 * "sending ID" as each row goes out, until it is killed ({@link MarkSentKillTest}). A row is sent only
 * once the one before it is recorded: a line printed means every row printed before it was marked.
 */
public final class DeliveringMain {
    private DeliveringMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        Database database = Database.open("jdbc:h2:file:" + args[0], "", "", List.of());
        Delivery delivery = new Delivery(database, new Outbox(clock), clock, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 4));
        delivery.add(new FakeChannel(RateLimits.NONE, outbound -> {
            System.out.println("sending " + outbound.id());
            return new DeliveryResult.Sent("m" + outbound.id());
        }), null);
        delivery.start();
        new CountDownLatch(1).await();
    }
}
