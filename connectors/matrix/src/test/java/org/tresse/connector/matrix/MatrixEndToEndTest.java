package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Fault;
import org.tresse.connector.matrix.homeserver.Sent;
import org.tresse.core.store.Handle;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** Through the real engine, outbox and delivery: what people write in Matrix is answered in Matrix, once. */
@StoreTest
class MatrixEndToEndTest {
    private static final String ANA = "@ana:example.org";
    private static final String CAFE = "!cafe:example.org";
    private static final String TETE_A_TETE = "!tete-a-tete:example.org";

    @RegisterExtension
    final TestDatabase db = new TestDatabase(MatrixConnector.MIGRATIONS);

    private FakeHomeserver homeserver;
    private MatrixConnector matrix;

    @BeforeEach
    void startHomeserver() throws Exception {
        homeserver = new FakeHomeserver();
    }

    @AfterEach
    void stop() {
        if (matrix != null) {
            matrix.stop();
        }
        homeserver.close();
        assertThat(homeserver.violations()).isEmpty();
    }

    @Test
    void echoesWhatPeopleWriteOnceEvenAfterARateLimit() {
        TestTresse tresse = TestTresse.on(db.database()).channels("console")
                .handler(core -> conversation -> conversation.reply("echo " + conversation.inbound().text().orElse("")))
                .build();
        homeserver.room(CAFE, FakeHomeserver.BOT, ANA, "@bob:example.org");
        homeserver.room(TETE_A_TETE, FakeHomeserver.BOT, ANA);
        matrix = new MatrixConnector(MatrixOptions.of(homeserver.uri(), FakeHomeserver.BOT, FakeHomeserver.PASSWORD, null,
                List.of(CAFE)).withSyncTimeout(Duration.ofSeconds(5)), db.database(), HttpClient.newHttpClient(), tresse.clock());
        tresse.core().delivery().add(matrix, null);
        matrix.start(tresse.engine());
        await().atMost(Duration.ofSeconds(30)).until(() -> homeserver.incrementalSyncs() > 0);

        String question = homeserver.say(CAFE, ANA, "bonjour **tout le monde**");
        String privateQuestion = homeserver.say(TETE_A_TETE, ANA, "<b>en privé</b>");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbound_log where channel = 'matrix'") == 2);

        homeserver.failSends(Fault.rateLimited(90_000));
        tresse.core().delivery().deliverNow("matrix");
        Instant waitedFrom = tresse.clock().instant();
        Instant notBefore = db.database().inTransaction(handle -> handle.one(
                "select not_before from outbox where channel = 'matrix' and status = 'PENDING' and last_error = 'rate-limited'",
                row -> Handle.instant(row, "not_before"))).orElseThrow();
        assertThat(notBefore).as("retried after exactly retry_after_ms").isEqualTo(waitedFrom.plusMillis(90_000));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            tresse.clock().advance(Duration.ofSeconds(30));
            tresse.core().delivery().deliverNow("matrix");
            return homeserver.sent().size() == 2;
        });

        Sent group = homeserver.sent().stream().filter(sent -> sent.roomId().equals(CAFE)).findFirst().orElseThrow();
        assertThat(group.body()).isEqualTo("echo bonjour tout le monde");
        assertThat(group.content().path("formatted_body").asText()).isEqualTo("echo bonjour <strong>tout le monde</strong>");
        assertThat(group.content().path("m.relates_to").path("m.in_reply_to").path("event_id").asText()).isEqualTo(question);
        Sent direct = homeserver.sent().stream().filter(sent -> sent.roomId().equals(TETE_A_TETE)).findFirst().orElseThrow();
        assertThat(direct.content().path("formatted_body").asText()).isEqualTo("echo &lt;b&gt;en privé&lt;/b&gt;");
        assertThat(direct.content().path("m.relates_to").path("m.in_reply_to").path("event_id").asText()).isEqualTo(privateQuestion);
        assertThat(count("select count(*) from outbox where channel = 'matrix' and room = '" + TETE_A_TETE + "' and room_kind = 'PRIVATE'"))
                .as("a room of two is a private conversation").isEqualTo(1);
        assertThat(count("select count(*) from outbox where channel = 'matrix' and status = 'SENT'")).isEqualTo(2);
        assertThat(count("select count(*) from connector_cursor where channel = 'matrix' and cursor_key = 'next_batch'")).isEqualTo(1);
    }

    private long count(String sql) {
        return db.database().inTransaction((Handle handle) -> handle.count(sql));
    }
}
