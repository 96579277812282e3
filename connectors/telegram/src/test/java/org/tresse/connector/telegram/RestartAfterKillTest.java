package org.tresse.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.store.Database;

/**
 * Tresse is killed with SIGKILL twice while updates flow, and restarted: every update is handled,
 * none twice, and Telegram saw every one acknowledged.
 */
/* A separate JVM that hangs must fail this test with a message, never hold the build. */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RestartAfterKillTest {
    private static final int UPDATES = 600;
    private static final long FIRST_ID = 5001;
    private static final long LAST_ID = FIRST_ID + UPDATES - 1;

    @TempDir
    Path dir;

    private FakeBotApi server;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void tearDown() {
        processes.forEach(Process::destroyForcibly);
        if (server != null) {
            server.close();
        }
    }

    private Process launch(int run) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RestartMain.class.getName(), server.baseUrl(), dir.resolve("db").toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(dir.resolve("run-" + run + ".log").toFile());
        System.out.println("run " + run + " starts at " + Instant.now());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private long killWhenConfirmedPast(Process process, long threshold) throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                .until(() -> server.highestConfirmed() >= threshold || !process.isAlive());
        assertThat(process.isAlive()).as("run still alive; its log: " + log()).isTrue();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        System.out.println("killed at confirmed " + server.highestConfirmed() + " after " + Instant.now());
        return server.highestConfirmed();
    }

    private String log() throws Exception {
        StringBuilder out = new StringBuilder();
        for (int run = 1; run <= 3; run++) {
            Path file = dir.resolve("run-" + run + ".log");
            if (Files.exists(file)) {
                out.append(Files.readString(file));
            }
        }
        return out.toString();
    }

    @Test
    void noUpdateIsLostOrHandledTwiceAcrossKills() throws Exception {
        server = FakeBotApi.start();
        for (long id = FIRST_ID; id <= LAST_ID; id++) {
            server.addUpdate(Fixtures.privateText(id, 7000000 + id % 50, "/vote 1 " + id));
        }

        long confirmedAtFirstKill = killWhenConfirmedPast(launch(1), FIRST_ID + 100);
        long confirmedAtSecondKill = killWhenConfirmedPast(launch(2), FIRST_ID + 300);
        Process last = launch(3);
        await().atMost(Duration.ofSeconds(180)).until(() -> server.highestConfirmed() == LAST_ID || !last.isAlive());
        assertThat(server.highestConfirmed()).as(log()).isEqualTo(LAST_ID);
        last.destroyForcibly();
        assertThat(last.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(confirmedAtFirstKill).isLessThan(LAST_ID);
        assertThat(confirmedAtSecondKill).isGreaterThan(confirmedAtFirstKill).isLessThan(LAST_ID);
        try (Database database = Database.open("jdbc:h2:file:" + dir.resolve("db") + "/tresse", "sa", "",
                List.of(TelegramConnector.MIGRATIONS))) {
            long handled = database.inTransaction(handle -> handle.count("select count(*) from handled_event"));
            long distinct = database.inTransaction(handle -> handle.count("select count(distinct event_id) from handled_event"));
            long logged = database.inTransaction(handle -> handle.count("select count(*) from inbound_log where channel = 'telegram'"));
            List<String> missing = database.inTransaction(handle -> handle.list(
                    "select x from system_range(?, ?) where 'u' || x not in (select event_id from handled_event)",
                    row -> row.getString(1), FIRST_ID, LAST_ID));
            assertThat(missing).as("updates lost").isEmpty();
            assertThat(handled).as("handled rows").isEqualTo(UPDATES);
            assertThat(distinct).isEqualTo(UPDATES);
            assertThat(logged).isEqualTo(UPDATES);
        }
    }
}
