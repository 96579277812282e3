package org.tresse.connector.matrix;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.engine.Engine;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestTresse;

/**
 * Measures Matrix events per second end to end, by hand (not a test): the test homeserver on
 * loopback (answers unchecked), the connector, the real engine on H2, and either a handler
 * that only records (receive) or one that echoes each message back to Matrix (round trip).
 *
 * <p>Run by hand, in {@code connectors/matrix}: {@code mvn -q -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}, then {@code java -cp
 * "$(cat cp.txt):target/classes:target/test-classes" org.tresse.connector.matrix.MatrixLoadDriver 10000 file}
 * (arguments: how many events, {@code mem} or {@code file} for the H2 database).
 */
public final class MatrixLoadDriver {
    private static final String CAFE = "!cafe:example.org";
    private static final String BUREAU = "!bureau:example.org";

    private MatrixLoadDriver() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean file = args.length > 1 && args[1].equals("file");
        System.out.printf("%d events, H2 %s%n", events, file ? "file (durable commits)" : "in memory");
        System.out.println("(warming up)");
        measure(Math.min(events, 3000), file, false);
        measure(events, file, false);
        measure(events, file, true);
    }

    private static void measure(int events, boolean file, boolean echo) throws Exception {
        Path folder = Files.createTempDirectory("tresse-matrix-load");
        String url = file ? "jdbc:h2:file:" + folder + "/tresse" : "jdbc:h2:mem:load" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (FakeHomeserver homeserver = new FakeHomeserver();
             Database database = Database.open(url, "sa", "", List.of(MatrixConnector.MIGRATIONS))) {
            homeserver.stopCheckingAnswers();
            homeserver.room(CAFE, FakeHomeserver.BOT, "@ana:example.org", "@bob:example.org");
            homeserver.room(BUREAU, FakeHomeserver.BOT, "@ana:example.org", "@chloe:example.org");
            CoreServices core = TestTresse.spine(database, Clock.systemUTC(), Backoff.DEFAULT);
            AtomicLong handled = new AtomicLong();
            MessageHandler handler = conversation -> {
                handled.incrementAndGet();
                if (echo) {
                    conversation.reply("echo " + conversation.inbound().text().orElse(""));
                }
            };
            Engine engine = core.engine(handler);
            MatrixConnector matrix = new MatrixConnector(MatrixOptions.of(homeserver.uri(), FakeHomeserver.BOT,
                    FakeHomeserver.PASSWORD, null, List.of(CAFE, BUREAU)), database, HttpClient.newHttpClient(), Clock.systemUTC());
            core.delivery().add(matrix, new RateLimits(RateLimit.perSecond(100_000), RateLimit.perSecond(100_000), null));
            core.delivery().start();
            matrix.start(engine);
            while (homeserver.incrementalSyncs() == 0) {
                Thread.sleep(10);
            }
            long start = System.nanoTime();
            int posted = 0;
            while (posted < events) {
                if (posted - handled.get() > 400) {
                    Thread.sleep(1);
                    continue;
                }
                int first = posted;
                homeserver.atOnce(() -> {
                    for (int number = first; number < first + 50; number++) {
                        homeserver.say(number % 2 == 0 ? CAFE : BUREAU, number % 3 == 0 ? "@ana:example.org" : "@bob:example.org", "/vote 1 " + number);
                    }
                });
                posted += 50;
            }
            while (handled.get() < posted) {
                Thread.sleep(1);
            }
            double receiveSeconds = (System.nanoTime() - start) / 1e9;
            if (echo) {
                while (homeserver.sentCount() < posted) {
                    Thread.sleep(1);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-10s %6d events: received and committed in %.2f s = %,.0f events/s%s%n",
                    echo ? "echo" : "receive", posted, receiveSeconds, posted / receiveSeconds,
                    echo ? String.format("; every echo delivered after %.2f s = %,.0f round trips/s", seconds, posted / seconds) : "");
            matrix.stop();
            core.delivery().stop();
        }
    }
}
