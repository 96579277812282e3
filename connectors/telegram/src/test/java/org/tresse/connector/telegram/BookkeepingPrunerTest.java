package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.connector.telegram.internal.BookkeepingPruner;
import org.tresse.connector.telegram.internal.BookkeepingPruner.Pruned;
import org.tresse.connector.telegram.internal.MessageRefs;
import org.tresse.connector.telegram.internal.SentParts;
import org.tresse.connector.telegram.internal.TelegramEvent.MessageRef;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class BookkeepingPrunerTest {
    private static final long CAFE = -1001234567890L;

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final MutableClock clock = MutableClock.atVillageMorning();
    private MessageRefs refs;
    private SentParts parts;
    private BookkeepingPruner pruner;

    @BeforeEach
    void setUp() {
        refs = new MessageRefs(db.database(), clock);
        parts = new SentParts(db.database(), clock);
        pruner = new BookkeepingPruner(refs, parts, clock, Duration.ofDays(30));
    }

    private List<String> refEvents() {
        return db.database().inTransaction(handle -> handle.list(
                "select event_id from telegram_message_ref order by event_id", row -> row.getString(1)));
    }

    private List<Long> partOutboxIds() {
        return db.database().inTransaction(handle -> handle.list(
                "select distinct outbox_id from telegram_sent_part order by outbox_id", row -> row.getLong(1)));
    }

    @Test
    void rowsOlderThanTheRetentionArePrunedAndRecentOnesKept() {
        refs.remember(new MessageRef("u1", CAFE, 10));
        parts.record(1, 0, 500);
        parts.record(1, 1, 501);
        clock.advance(Duration.ofDays(20));
        refs.remember(new MessageRef("u2", CAFE, 11));
        parts.record(2, 0, 502);
        clock.advance(Duration.ofDays(11));

        Pruned pruned = pruner.prune();

        assertThat(pruned).isEqualTo(new Pruned(1, 2));
        assertThat(refEvents()).containsExactly("u2");
        assertThat(partOutboxIds()).containsExactly(2L);
        assertThat(refs.messageId("u2", Long.toString(CAFE))).contains(11L);
        assertThat(parts.of(2)).containsEntry(0, 502L);
    }

    @Test
    void nothingYoungerThanTheRetentionIsPruned() {
        refs.remember(new MessageRef("u1", CAFE, 10));
        parts.record(1, 0, 500);
        clock.advance(Duration.ofDays(30));

        assertThat(pruner.prune()).isEqualTo(new Pruned(0, 0));
        assertThat(refEvents()).containsExactly("u1");
        assertThat(partOutboxIds()).containsExactly(1L);
    }

    @Test
    void aFailedPruningIsLoggedAndDoesNotEscapeTheDailyThread() {
        db.database().useTransaction(handle -> handle.update("drop table telegram_sent_part"));

        try (LogCapture logs = new LogCapture()) {
            assertThatCode(pruner::run).doesNotThrowAnyException();
            assertThat(logs.contains(Level.WARN, "Pruning the Telegram bookkeeping tables failed")).isTrue();
        }
    }

    @Test
    void theConnectorPrunesAtStartOnAThreadItStops() throws Exception {
        refs.remember(new MessageRef("u1", CAFE, 10));
        parts.record(1, 0, 500);
        clock.advance(TelegramConnector.BOOKKEEPING_RETENTION.plusDays(1));
        refs.remember(new MessageRef("u2", CAFE, 11));

        try (FakeBotApi server = FakeBotApi.start()) {
            TelegramConnector connector = new TelegramConnector(TelegramPollingTest.options(server),
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), clock);
            connector.start(new RecordingSink());
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> refEvents().equals(List.of("u2")));
                assertThat(partOutboxIds()).isEmpty();
                assertThat(prunerThreads()).isNotEmpty();
            } finally {
                connector.stop();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> prunerThreads().isEmpty());
        }
    }

    private static List<Thread> prunerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("tresse-telegram-pruner") && thread.isAlive())
                .toList();
    }
}
