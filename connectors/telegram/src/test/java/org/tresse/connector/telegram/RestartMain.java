package org.tresse.connector.telegram;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.tresse.core.CoreServices;
import org.tresse.core.engine.Engine;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestTresse;

/**
 * A Tresse with only the Telegram channel, on an H2 file database, whose handler records each
 * message in a table of its own. Run as a separate JVM by {@link RestartAfterKillTest}, which
 * kills it with SIGKILL. Arguments: the Bot API base URL, the database directory.
 */
public final class RestartMain {
    private RestartMain() {}

    public static void main(String[] args) throws InterruptedException {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.tresse")).setLevel(ch.qos.logback.classic.Level.INFO);
        Database database = Database.open("jdbc:h2:file:" + args[1] + "/tresse", "sa", "", List.of(TelegramConnector.MIGRATIONS));
        database.useTransaction(handle -> handle.update(
                "create table if not exists handled_event (event_id varchar(40) not null, body varchar(200) not null)"));
        CoreServices core = TestTresse.spine(database, Clock.systemUTC(), Backoff.DEFAULT);
        Engine engine = core.engine(conversation -> conversation.handle().update(
                "insert into handled_event (event_id, body) values (?, ?)",
                conversation.inbound().eventId(), conversation.inbound().text().orElse("")));
        TelegramOptions options = TelegramOptions.of(FakeBotApi.TOKEN, args[0])
                .withUsername("TresseBot")
                .withPollTimeout(Duration.ofSeconds(1))
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .withBatchSize(10);
        TelegramConnector connector = new TelegramConnector(options,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), database, Clock.systemUTC());
        connector.start(engine);
        System.out.println("READY");
        Thread.currentThread().join();
    }
}
