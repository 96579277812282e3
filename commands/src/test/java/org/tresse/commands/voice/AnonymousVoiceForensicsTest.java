package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tresse.commands.WithCommands;
import org.tresse.core.message.Identity;
import org.tresse.core.message.Inbound;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.Database;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestTresse;

/**
 * Issue 12, item 4, tested the way the attacker did: on an H2 file, named voices, anonymous ones
 * and answers to a secret consultation, interleaved, their receipts delivered; then the raw bytes
 * of {@code tresse.mv.db}, the tables and the DEBUG logs are searched for what would tell which
 * voice is whose. Event ids name their sender, as Telegram's chat ids do.
 */
class AnonymousVoiceForensicsTest {
    private static final List<String> NAMED = List.of("nina", "noe", "nils");
    private static final List<String> ANONYMOUS = List.of("amel", "abel", "adam");
    private static final List<String> ANSWERING = List.of("rose", "remi");
    /** First seen in their anonymous voice, or in their secret answer. */
    private static final List<String> NEWCOMERS = List.of("zoe-nouvelle", "yann-nouveau");

    @TempDir
    Path dataDirectory;

    private Database database;
    private TestTresse tresse;
    private MemoryChannel console;
    private final List<String> secretEvents = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger tresseLogger = (Logger) LoggerFactory.getLogger("org.tresse");
    private Level levelBefore;
    private int events;

    @BeforeEach
    void start() {
        levelBefore = tresseLogger.getLevel();
        tresseLogger.setLevel(Level.DEBUG);
        logs.start();
        tresseLogger.addAppender(logs);
        database = Database.open("jdbc:h2:file:" + dataDirectory.resolve("tresse"), "sa", "", List.of());
        tresse = WithCommands.tresse(database).clock(MutableClock.atVillageMorning()).build();
        console = tresse.channel("console");
        say("ana", "/moi");
        for (String person : List.of("nina", "noe", "nils", "amel", "abel", "adam", "rose", "remi")) {
            say(person, "/moi");
        }
    }

    @AfterEach
    void stop() {
        tresseLogger.detachAppender(logs);
        tresseLogger.setLevel(levelBefore);
        database.close();
    }

    @Test
    void nothing_in_the_file_the_tables_or_the_logs_tells_whose_anonymous_voice_or_secret_answer_it_is() throws Exception {
        say("ana", "/sondage \"Que pensez-vous du bureau ?\" --type consultation --public --secret");
        for (int round = 0; round < 3; round++) {
            say(NAMED.get(round), "Le café manque de chaises, round " + round);
            secret(ANONYMOUS.get(round), "/avis --anonyme Le bureau ne nous écoute pas " + round);
            say(NAMED.get((round + 1) % 3), "/avis Merci pour le marché " + round);
            if (round < 2) {
                secret(ANSWERING.get(round), "/vote 1 Il décide trop vite " + round);
            }
        }
        secret(NEWCOMERS.get(0), "Personne ne sait que je suis là --anonyme");
        secret(NEWCOMERS.get(1), "/vote 1 Je viens d’arriver");
        assertThat(console.lastReplyTo(NEWCOMERS.get(0))).contains("anonyme");
        assertThat(console.lastReplyTo(NEWCOMERS.get(1))).contains("sans votre nom");
        assertThat(count("select count(*) from voice where anonymous = true")).isEqualTo(7);
        tresse.advance(Duration.ofMinutes(30));

        // the tables: no row for the events, no receipt, no newcomer
        assertThat(count("select count(*) from inbound_log")).as("inbound log rows").isEqualTo(events - secretEvents.size());
        assertThat(count("select count(*) from inbound_log where person_id is null")).isZero();
        assertThat(count("select count(*) from outbox where correlation = 'ephemeral'")).isZero();
        for (String newcomer : NEWCOMERS) {
            assertThat(count("select count(*) from identity where external_id = '" + newcomer + "'")).isZero();
        }

        List<String> lines = logLines();
        database.close();
        String raw = new String(Files.readAllBytes(dataDirectory.resolve("tresse.mv.db")), StandardCharsets.ISO_8859_1);
        for (String event : secretEvents) {
            assertThat(raw).as("the raw file names the event " + event).doesNotContain(ascii(event));
            assertThat(lines).as("log lines naming the event " + event).noneMatch(line -> line.contains(event));
        }
        for (String receipt : List.of("Votre avis anonyme est transmis", "sans votre nom")) {
            assertThat(raw).as("a receipt readable in the raw file").doesNotContain(utf8(receipt));
        }
        for (String newcomer : NEWCOMERS) {
            assertThat(raw).as("the raw file names " + newcomer).doesNotContain(ascii(newcomer));
            assertThat(lines).as("log lines naming " + newcomer).noneMatch(line -> line.contains(newcomer));
        }
        for (String author : ANONYMOUS) {
            assertThat(lines).as("log lines naming " + author).noneMatch(line -> line.contains(author));
        }
    }

    private void say(String user, String text) {
        send(user, text);
    }

    private void secret(String user, String text) {
        secretEvents.add(send(user, text));
    }

    /** Each event's id names its sender, like a Telegram chat id would. */
    private String send(String user, String text) {
        tresse.clock().advance(Duration.ofSeconds(37));
        String eventId = "chat-" + user + "-" + (++events);
        console.receive(Inbound.text("console", eventId, user, RoomKind.PRIVATE, new Identity("console", user), text));
        return eventId;
    }

    private long count(String sql) {
        return database.inTransaction(handle -> handle.count(sql));
    }

    private List<String> logLines() {
        return logs.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
    }

    private static String ascii(String text) {
        return text;
    }

    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
