package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Arrival;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.core.outbox.Backoff;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * A poison update (one whose handling throws a {@link StackOverflowError}, inside the engine's
 * handler or outside it) is answered or skipped, its offset committed, and the next update is
 * handled: the poller never dies and the update never comes back.
 */
@StoreTest
class PoisonUpdateTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private FakeBotApi server;
    private CoreServices core;
    private TelegramConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        core = TestTresse.spine(db.database(), Clock.systemUTC(), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 5));
        Engine engine = core.engine(conversation -> {
            String text = conversation.inbound().text().orElse("");
            if (text.startsWith("#t#t")) {
                deeper(0);
            }
            conversation.reply("echo " + text);
        });
        InboundSink sink = new InboundSink() {
            @Override
            public Receipt receive(Inbound inbound) {
                if (inbound.text().orElse("").equals("outside")) {
                    throw new StackOverflowError();
                }
                return engine.receive(inbound);
            }

            @Override
            public List<Receipt> receiveAll(String channel, List<Arrival> arrivals, Cursor after) {
                batches.add(arrivals.size());
                if (arrivals.stream().anyMatch(arrival -> arrival.inbound().text().orElse("").equals("outside"))) {
                    throw new StackOverflowError();
                }
                return engine.receiveAll(channel, arrivals, after);
            }

            @Override
            public Optional<String> cursor(String channel, String key) {
                return engine.cursor(channel, key);
            }

            @Override
            public void saveCursor(String channel, Cursor cursor) {
                engine.saveCursor(channel, cursor);
            }
        };
        connector = new TelegramConnector(TelegramPollingTest.options(server),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), Clock.systemUTC());
        core.delivery().add(connector, null);
        core.delivery().start();
        connector.start(sink);
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        core.delivery().stop();
        server.close();
    }

    @Test
    void a_stack_overflow_in_the_handler_is_answered_and_the_next_update_is_handled() {
        server.addUpdate(Fixtures.privateText(20000, 1111111, "#t".repeat(1_300)));
        server.addUpdate(Fixtures.privateText(20001, 1111111, "/moi"));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 2);
        assertThat(server.calls("sendMessage").get(0).body().path("text").asText()).startsWith("Désolé");
        assertThat(server.calls("sendMessage").get(1).body().path("text").asText()).isEqualTo("echo /moi");
        await().atMost(WAIT).until(() -> server.highestConfirmed() >= 20001);
        assertThat(offset()).contains("20002");
    }

    @Test
    void a_stack_overflow_outside_the_engine_skips_that_update_only() {
        server.addUpdate(Fixtures.privateText(20010, 1111111, "outside"));
        server.addUpdate(Fixtures.privateText(20011, 1111111, "/moi"));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 1);
        assertThat(server.calls("sendMessage").get(0).body().path("text").asText()).isEqualTo("echo /moi");
        await().atMost(WAIT).until(() -> server.highestConfirmed() >= 20011);
        assertThat(offset()).contains("20012");
        int asked = server.offsetsAsked().size();
        await().atMost(WAIT).until(() -> server.offsetsAsked().size() >= asked + 2);
        assertThat(server.offsetsAsked().subList(asked, server.offsetsAsked().size())).allMatch(offset -> offset >= 20012);
    }

    @Test
    void a_stack_overflow_in_the_middle_of_a_batch_is_answered_and_the_rest_of_the_batch_goes_through_with_it() {
        server.addUpdates(Fixtures.privateText(20020, 1111111, "/avant"), Fixtures.privateText(20021, 1111112, "#t".repeat(1_300)),
                Fixtures.privateText(20022, 1111113, "/après"));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 3);
        assertThat(batches).containsExactly(3);
        assertThat(sentTexts()).contains("echo /avant", "echo /après").anyMatch(text -> text.startsWith("Désolé"));
        await().atMost(WAIT).until(() -> server.highestConfirmed() >= 20022);
        assertThat(offset()).contains("20023");
    }

    @Test
    void a_batch_that_fails_outside_the_engine_is_handed_over_one_by_one_and_only_the_poison_is_skipped() {
        server.addUpdates(Fixtures.privateText(20030, 1111111, "/avant"), Fixtures.privateText(20031, 1111112, "outside"),
                Fixtures.privateText(20032, 1111113, "/après"));

        await().atMost(WAIT).until(() -> server.calls("sendMessage").size() == 2);
        assertThat(batches).containsExactly(3);
        assertThat(sentTexts()).containsExactlyInAnyOrder("echo /avant", "echo /après");
        await().atMost(WAIT).until(() -> server.highestConfirmed() >= 20032);
        assertThat(offset()).contains("20033");
        long logged = db.database().inTransaction(handle -> handle.count("select count(*) from inbound_log where channel = 'telegram'"));
        assertThat(logged).isEqualTo(2);
    }

    private List<String> sentTexts() {
        return server.calls("sendMessage").stream().map(call -> call.body().path("text").asText()).toList();
    }

    private Optional<String> offset() {
        return db.database().inTransaction(handle -> handle.one(
                "select cursor_value from connector_cursor where channel = 'telegram' and cursor_key = 'offset'",
                row -> row.getString(1)));
    }

    private static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }
}
