package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tresse.core.CoreServices;
import org.tresse.core.i18n.Language;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.PostgresServer;
import org.tresse.testkit.store.PostgresTest;

/**
 * The PostgreSQL server goes away in the middle of a stream of updates and comes back: intake
 * pauses (no update is acknowledged to Telegram that was not committed), then resumes, and every
 * update is handled once and answered.
 */
@PostgresTest
@Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DatabaseOutageTest {
    private static final int UPDATES = 60;
    private static final String INTAKE = "intake:telegram:123456789";

    private PostgresServer server;
    private FakeBotApi telegram;
    private Database database;
    private CoreServices core;
    private TelegramConnector connector;

    @BeforeEach
    void start() throws Exception {
        // durable: the server is stopped at once, and what it acknowledged must still be there after
        // (without fsync and synchronous commits, the last reply's SENT was lost and it went out twice)
        server = PostgresServer.start(true);
        JdbcTarget target = server.createDatabase(null, null);
        database = Database.open(target.url(), target.user(), target.password(), List.of(TelegramConnector.MIGRATIONS));
        core = CoreServices.create(database, Clock.systemUTC(), new CoreServices.Settings(ZoneId.of("Europe/Paris"), Language.FR, null,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 50), Duration.ofSeconds(1), new LeaseSettings("solo", Duration.ofSeconds(3))));
        core.installation().install(List.of());
        telegram = FakeBotApi.start();
        connector = new TelegramConnector(TelegramPollingTest.options(telegram),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), database, Clock.systemUTC());
        core.leases().start();
        core.delivery().add(connector, null);
        core.delivery().start();
        connector.start(core.engine(conversation -> conversation.reply("noté " + conversation.inbound().text().orElse(""))));
    }

    @AfterEach
    void stop() {
        connector.stop();
        core.delivery().stop();
        core.leases().stop();
        database.close();
        telegram.close();
        server.close();
    }

    @Test
    void intake_pauses_while_the_database_is_away_acknowledges_nothing_uncommitted_and_resumes() {
        for (int update = 1; update <= UPDATES / 2; update++) {
            telegram.addUpdate(Fixtures.privateText(update, 4242, "/avis numéro " + update));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> telegram.highestConfirmed() == UPDATES / 2);

        server.stopServer();
        for (int update = UPDATES / 2 + 1; update <= UPDATES; update++) {
            telegram.addUpdate(Fixtures.privateText(update, 4242, "/avis numéro " + update));
        }
        // the lease lapses (it cannot be renewed): polling stops; no update stored meanwhile, so none acknowledged
        await().atMost(Duration.ofMinutes(1)).until(() -> core.leases().lease(INTAKE).await(Duration.ZERO).isEmpty());
        int asked = telegram.offsetsAsked().size();
        assertThat(telegram.highestConfirmed()).as("acknowledged while the database was away").isEqualTo(UPDATES / 2);

        // no polling without the lease (one call may have been under way)
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> telegram.offsetsAsked().size() <= asked + 1);
        server.startServer();
        await().atMost(Duration.ofMinutes(3)).until(() -> telegram.highestConfirmed() == UPDATES
                && count("select count(*) from outbox where status = 'SENT'") == UPDATES);
        assertThat(count("select count(*) from inbound_log")).isEqualTo(UPDATES);
        assertThat(telegram.calls("sendMessage")).hasSize(UPDATES);
        assertThat(telegram.calls("sendMessage").stream().map(call -> call.body().path("text").asText()).distinct()).hasSize(UPDATES);
    }

    private long count(String sql) {
        return database.inTransaction(handle -> handle.count(sql));
    }
}
