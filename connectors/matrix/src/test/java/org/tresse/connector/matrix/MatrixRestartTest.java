package org.tresse.connector.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.TimeUnit;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.connector.matrix.homeserver.FakeHomeserver;
import org.tresse.connector.matrix.homeserver.Sent;
import org.tresse.core.store.Database;

/**
 * Kills a running Tresse with SIGKILL twice while messages flow, restarts it on the same
 * database: every message is handled exactly once and answered exactly once.
 */
/* A separate JVM that hangs must fail this test with a message, never hold the build. */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MatrixRestartTest {
    private static final String CAFE = "!cafe:example.org";
    private static final String BUREAU = "!bureau:example.org";
    private static final int MESSAGES = 300;
    /** The poster keeps at most this many messages unanswered, so that messages flow until the end. */
    private static final int IN_FLIGHT = 30;
    /** Messages arrive in bursts, so that one sync holds several: a kill then falls inside a batch. */
    private static final int BURST = 10;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    private final List<Process> processes = new ArrayList<>();
    private FakeHomeserver homeserver;

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        if (homeserver != null) {
            homeserver.close();
        }
    }

    @Test
    void aKilledTresseNeitherLosesNorRepeatsAMessage() throws Exception {
        homeserver = new FakeHomeserver();
        homeserver.room(CAFE, FakeHomeserver.BOT, "@ana:example.org", "@bob:example.org");
        homeserver.room(BUREAU, FakeHomeserver.BOT, "@ana:example.org", "@chloe:example.org");
        Process first = start(1);
        await().atMost(PATIENCE).until(() -> homeserver.incrementalSyncs() > 0);

        List<String> posted = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean posting = new AtomicBoolean(true);
        Thread poster = new Thread(() -> {
            for (int burst = 0; burst < MESSAGES / BURST; burst++) {
                while (posted.size() - echoes() > IN_FLIGHT) {
                    pause(5);
                }
                int firstNumber = burst * BURST + 1;
                homeserver.atOnce(() -> {
                    for (int number = firstNumber; number < firstNumber + BURST; number++) {
                        String room = number % 3 == 0 ? BUREAU : CAFE;
                        String sender = number % 2 == 0 ? "@ana:example.org" : (room.equals(CAFE) ? "@bob:example.org" : "@chloe:example.org");
                        posted.add(homeserver.say(room, sender, "message " + number));
                    }
                });
                pause(20);
            }
            posting.set(false);
        }, "poster");
        poster.start();

        await().atMost(PATIENCE).until(() -> echoes() >= 40);
        kill(first);
        Process second = start(2);
        await().atMost(PATIENCE).until(() -> echoes() >= 150);
        kill(second);
        assertThat(posting).as("messages were still flowing at each kill").isTrue();
        start(3);
        poster.join();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(echoes()).as("messages answered").isEqualTo(MESSAGES));
        processes.forEach(this::kill);

        assertThat(homeserver.violations()).isEmpty();
        Map<String, Long> echoCount = homeserver.sent().stream().map(Sent::body)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(echoCount).hasSize(MESSAGES).allSatisfy((body, count) -> assertThat(count).as(body).isEqualTo(1));
        try (Database database = Database.open("jdbc:h2:file:" + folder + "/tresse", "sa", "", List.of(MatrixConnector.MIGRATIONS))) {
            List<String> handled = database.inTransaction(handle -> handle.list("select event_id from handled", row -> row.getString(1)));
            assertThat(handled).as("handled once each").hasSize(MESSAGES).doesNotHaveDuplicates();
            assertThat(handled).containsExactlyInAnyOrderElementsOf(posted);
        }
    }

    private long echoes() {
        return homeserver.sent().stream().filter(sent -> sent.body().startsWith("echo ")).count();
    }

    private Process start(int run) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-cp", System.getProperty("java.class.path"),
                RestartChild.class.getName(), homeserver.uri().toString(), folder.toString(), CAFE, BUREAU));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File(folder.toFile(), "run-" + run + ".log"))
                .start();
        processes.add(process);
        return process;
    }

    private void kill(Process process) {
        process.destroyForcibly();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new AssertionError("the child " + process.pid() + " did not die within a minute of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
