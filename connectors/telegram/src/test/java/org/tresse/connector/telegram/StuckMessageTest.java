package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.CoreServices;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.Backoff;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * A message Telegram keeps failing (5xx) does not silence its chat: the real outbox and delivery,
 * with the default backoff, on a clock the test moves a second at a time.
 */
@StoreTest
class StuckMessageTest {
    private static final String CAFE = "-1001234567890";
    private static final Destination.Room CAFE_ROOM = new Destination.Room("telegram", CAFE, RoomKind.GROUP);
    private static final PollPresentation SUNDAY = new PollPresentation("7", "Ouvrir le café le dimanche ?",
            List.of("Pour", "Contre", "Abstention", "Blocage"), PollPresentation.Kind.PROPOSAL, 1, false, false, null, false);

    @RegisterExtension
    final TestDatabase db = new TestDatabase(TelegramConnector.MIGRATIONS);

    private final MutableClock clock = MutableClock.atVillageMorning();
    private FakeBotApi server;
    private CoreServices core;
    private TelegramConnector connector;
    private LogCapture logs;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeBotApi.start();
        logs = new LogCapture();
        core = org.tresse.testkit.TestTresse.spine(db.database(), clock, Backoff.DEFAULT);
        connector = new TelegramConnector(TelegramPollingTest.options(server),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), db.database(), clock);
        core.delivery().add(connector, null);
    }

    @AfterEach
    void tearDown() {
        connector.stop();
        server.close();
        logs.close();
    }

    private void enqueue(Content content) {
        db.database().useTransaction(handle -> core.outbox().enqueue(handle, CAFE_ROOM, content, null));
    }

    /** Delivers what is due, a second at a time, for {@code seconds}; returns when a sendMessage matching {@code which} first went out. */
    private Optional<Duration> runFor(int seconds, Predicate<JsonNode> which) {
        Instant start = clock.instant();
        Duration arrived = null;
        for (int second = 0; second <= seconds; second++) {
            core.delivery().deliverNow("telegram");
            if (arrived == null && server.calls("sendMessage").stream().map(FakeBotApi.Call::body).anyMatch(which)) {
                arrived = Duration.between(start, clock.instant());
            }
            clock.advance(Duration.ofSeconds(1));
        }
        return Optional.ofNullable(arrived);
    }

    private static Predicate<JsonNode> text(String start) {
        return body -> body.path("text").asText().startsWith(start);
    }

    @Test
    void aNativePollTelegramKeepsRefusingIsSentWithButtonsAndTheChatGoesOn() {
        server.failAlways("sendPoll", body -> true, 500, "Internal Server Error");
        enqueue(Content.notice("**Sondage 7** : votez ci-dessous ou `/vote 7 1`").withPoll(SUNDAY));
        enqueue(Content.notice("Bonjour à tous"));

        Optional<Duration> hello = runFor(60, text("Bonjour"));
        Optional<Duration> buttons = runFor(0, body -> body.path("reply_markup").path("inline_keyboard").size() == 4);

        assertThat(hello).as("the later message").isPresent();
        assertThat(hello.get()).isLessThanOrEqualTo(Duration.ofSeconds(35));
        assertThat(server.calls("sendPoll")).hasSize(2);
        assertThat(buttons).as("the poll with one button per option").isPresent();
        JsonNode pollMessage = server.calls("sendMessage").stream().map(FakeBotApi.Call::body)
                .filter(body -> body.has("reply_markup")).findFirst().orElseThrow();
        assertThat(pollMessage.path("text").asText()).startsWith("<b>Ouvrir le café le dimanche ?</b>\n1. Pour");
        assertThat(pollMessage.path("reply_markup").path("inline_keyboard").get(3).get(0).path("callback_data").asText())
                .isEqualTo("v:7:4");
        // the text of the poll went first, once, and the poll's own part after it
        assertThat(server.calls("sendMessage")).filteredOn(call -> call.body().path("text").asText().startsWith("<b>Sondage 7"))
                .hasSize(1);
        assertThat(count("select count(*) from outbox where status = 'SENT'")).isEqualTo(2);
        assertThat(logs.events()).anyMatch(event -> event.getLevel() == Level.WARN
                && event.getFormattedMessage().contains("sendPoll") && event.getFormattedMessage().contains("Internal Server Error"));
        assertThat(logs.lines()).noneMatch(line -> line.contains(FakeBotApi.TOKEN) || line.contains("AAFakeSecretTokenValue"));
    }

    @Test
    void whenButtonsFailTooThePollIsSentAsText() {
        server.failAlways("sendPoll", body -> true, 502, "Bad Gateway");
        server.failAlways("sendMessage", body -> body.has("reply_markup"), 502, "Bad Gateway");
        enqueue(Content.notice("").withPoll(SUNDAY));

        Optional<Duration> asText = runFor(60, text("<b>Ouvrir le café le dimanche ?</b>\n1. Pour\n2. Contre\n3. Abstention\n4. Blocage"));

        assertThat(asText).isPresent();
        assertThat(server.calls("sendPoll")).hasSize(2);
        assertThat(count("select count(*) from outbox where status = 'SENT'")).isEqualTo(1);
    }

    @Test
    void aMessageInRetryHoldsTheRestOfItsChatBackForAtMost30Seconds() {
        server.failAlways("sendMessage", text("Compte rendu"), 500, "Internal Server Error");
        enqueue(Content.notice("Compte rendu de l'assemblée"));
        enqueue(Content.notice("Bonjour à tous"));

        Optional<Duration> hello = runFor(90, text("Bonjour"));

        assertThat(hello).isPresent();
        // held while its own retries add up to 30 s (2 + 4 + 8 + 16 s), then the chat goes on
        assertThat(hello.get()).isBetween(Duration.ofSeconds(14), Duration.ofSeconds(35));
        // and the failing one is still being retried, not lost
        assertThat(count("select count(*) from outbox where status = 'PENDING'")).isEqualTo(1);
        assertThat(server.calls("sendMessage")).filteredOn(call -> call.body().path("text").asText().startsWith("Compte rendu"))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(logs.events()).anyMatch(event -> event.getLevel() == Level.WARN
                && event.getFormattedMessage().contains("sendMessage") && event.getFormattedMessage().contains("Internal Server Error"));
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }
}
