package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.CoreServices;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Identity;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.people.Role;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * A person declared in tresse.yml ({@code admins: [telegram:2222222]}) is known by the number
 * alone until Telegram names them: the first update from them carrying a name gives it.
 */
@StoreTest
class ConfiguredPersonNameTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Identity JEAN = new Identity("telegram", "2222222");

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private FakeBotApi server;
    private CoreServices core;
    private TelegramConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        core = TestTresse.spine(db.database(), Clock.systemUTC(), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 5));
        // as the configuration does at start (ConfigApplier): the person, named by the identity's id, made admin
        db.database().useTransaction(handle -> core.people().grant(handle,
                core.people().resolve(handle, JEAN, JEAN.id()).id(), Role.ADMIN, Optional.empty()));
        Engine engine = core.engine(conversation -> conversation.replyPrivately("moi : " + conversation.person().displayName()));
        connector = new TelegramConnector(TelegramPollingTest.options(server),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), Clock.systemUTC());
        core.delivery().add(connector, null);
        core.delivery().start();
        connector.start(engine);
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        core.delivery().stop();
        server.close();
    }

    private String name() {
        return db.database().inTransaction(handle -> core.people().findByIdentity(handle, JEAN).orElseThrow().displayName());
    }

    @Test
    void theNameTelegramGivesReplacesTheNumberFromTheFirstUpdate() {
        assertThat(name()).isEqualTo("2222222");

        server.addUpdate(Fixtures.update("callback-query", 10004));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 1);
        assertThat(server.calls("sendMessage").get(0).body().path("text").asText()).isEqualTo("moi : Jean Delpech");
        assertThat(name()).isEqualTo("Jean Delpech");
        long persons = db.database().inTransaction(handle -> handle.count("select count(*) from person"));
        assertThat(persons).isEqualTo(1);
        long admin = db.database().inTransaction(handle -> core.people().findByIdentity(handle, JEAN)
                .filter(person -> core.people().hasRole(handle, person.id(), Role.ADMIN, Optional.empty())).stream().count());
        assertThat(admin).isEqualTo(1);
    }

    @Test
    void aNameTheAssociationChoseIsNotOverwritten() {
        db.database().useTransaction(handle -> handle.update("update person set display_name = 'Jean du café'"));

        server.addUpdate(Fixtures.update("callback-query", 10004));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 1);
        assertThat(name()).isEqualTo("Jean du café");
    }
}
