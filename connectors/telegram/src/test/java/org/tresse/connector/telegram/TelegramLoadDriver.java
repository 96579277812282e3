package org.tresse.connector.telegram;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.engine.Engine;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestTresse;

/**
 * Measures updates per second handled end to end by one Tresse against the loopback Bot API:
 * getUpdates, the engine's transaction (inbound log, cursor, an echo reply in the outbox), the
 * acknowledgement, and the replies sent (rate limits lifted). Run by hand:
 * {@code java -cp ... org.tresse.connector.telegram.TelegramLoadDriver [updates] [mem|file]}.
 */
public final class TelegramLoadDriver {
    private TelegramLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        boolean file = args.length > 1 && args[1].equals("file");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.tresse")).setLevel(ch.qos.logback.classic.Level.INFO);
        Path dir = Files.createTempDirectory("tresse-load");
        String url = file ? "jdbc:h2:file:" + dir + "/tresse" : "jdbc:h2:mem:load";
        try (FakeBotApi server = FakeBotApi.start();
                Database database = Database.open(url, "sa", "", List.of(TelegramConnector.MIGRATIONS))) {
            CoreServices core = TestTresse.spine(database, Clock.systemUTC(), Backoff.DEFAULT);
            Engine engine = core.engine(conversation -> conversation.reply("echo " + conversation.inbound().text().orElse("")));
            TelegramConnector connector = new TelegramConnector(TelegramOptions.of(FakeBotApi.TOKEN, server.baseUrl())
                    .withUsername("TresseBot").withPollTimeout(Duration.ofSeconds(1)),
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), database, Clock.systemUTC());
            RateLimit unlimited = RateLimit.perSecond(1_000_000);
            core.delivery().add(connector, new RateLimits(unlimited, unlimited, unlimited));
            core.delivery().start();
            connector.start(engine);

            run(server, 1, 2000, "warm-up");
            run(server, 2001, 2000 + updates, "measured");

            connector.stop();
            core.delivery().stop();
        }
        System.out.printf("database: %s%n", file ? "H2 file" : "H2 in memory");
    }

    private static void run(FakeBotApi server, long first, long last, String label) throws InterruptedException {
        int sentBefore = server.calls("sendMessage").size();
        long start = System.nanoTime();
        for (long id = first; id <= last; id++) {
            server.addUpdate(Fixtures.privateText(id, 9000000 + id % 200, "/vote 1 " + id));
        }
        while (server.highestConfirmed() < last) {
            Thread.sleep(5);
        }
        long received = System.nanoTime();
        long count = last - first + 1;
        while (server.calls("sendMessage").size() - sentBefore < count) {
            Thread.sleep(5);
        }
        long answered = System.nanoTime();
        System.out.printf("%s: %d updates received, stored and acknowledged in %.2f s = %.0f updates/s; "
                        + "all answered after %.2f s = %.0f updates/s end to end%n",
                label, count, (received - start) / 1e9, count / ((received - start) / 1e9),
                (answered - start) / 1e9, count / ((answered - start) / 1e9));
    }
}
