package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.store.Database;

/** A database that cannot be reached at start: said once, tried again less and less often, never a crash loop. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DatabaseWaitTest {
    private static final DatabaseWait.Backoff QUICK = new DatabaseWait.Backoff(Duration.ofMillis(20), Duration.ofMillis(80));

    @TempDir
    Path directory;

    @Test
    void an_unreachable_database_is_said_once_and_tried_again_until_stopped() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/tresse";
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> DatabaseWait.open(() -> {
            if (tries.incrementAndGet() == 6) {
                stop.countDown();
            }
            return Database.open(url, "tresse", "secret-password", List.of());
        }, url, stop, QUICK, new PrintStream(said, true, StandardCharsets.UTF_8))).isInstanceOf(DatabaseWait.Stopped.class);
        String terminal = said.toString(StandardCharsets.UTF_8);
        assertThat(tries).hasValue(6);
        assertThat(terminal.split("ne répond pas", -1)).as("said once").hasSize(2);
        assertThat(terminal).contains(url).contains("does not answer").doesNotContain("secret-password").doesNotContain("Exception");
    }

    @Test
    void a_database_that_comes_up_is_opened_and_said_so() {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        AtomicInteger tries = new AtomicInteger();
        Database database = DatabaseWait.open(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException("pool", new SQLException("Connection refused", "08001"));
            }
            return Database.inMemory("wait-" + tries, List.of());
        }, "jdbc:postgresql://db/tresse", new CountDownLatch(1), QUICK, new PrintStream(said, true, StandardCharsets.UTF_8));
        database.close();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("ne répond pas").contains("répond : Tresse démarre");
    }

    @Test
    void what_waiting_cannot_mend_is_thrown_at_once() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> DatabaseWait.open(() -> {
            tries.incrementAndGet();
            throw new IllegalStateException("pool", new SQLException("password authentication failed", "28P01"));
        }, "jdbc:postgresql://db/tresse", new CountDownLatch(1), QUICK, System.err)).hasMessage("pool");
        assertThat(tries).hasValue(1);
    }

    @Test
    void tresse_run_waits_for_its_database_without_flooding_and_stops_cleanly_meanwhile() throws Exception {
        Files.writeString(directory.resolve("tresse.yml"), "storage:\n  url: jdbc:postgresql://127.0.0.1:" + closedPort() + "/tresse\n");
        try (TresseProcess tresse = TresseProcess.start(directory, "run", "-c", "tresse.yml")) {
            await().atMost(Duration.ofMinutes(2)).until(() -> tresse.errors().stream().filter(line -> line.contains("cannot be reached")).count() >= 3);
            tresse.terminate();
            assertThat(tresse.awaitExit(Duration.ofMinutes(1))).as("a stop while waiting").isZero();
            List<String> errors = tresse.errors();
            assertThat(errors.stream().filter(line -> line.contains("ne répond pas")).count()).as("said once").isEqualTo(1);
            assertThat(errors.stream().filter(line -> line.contains("cannot be reached")).count()).as("1, 2, 4, 8 s…: a few lines")
                    .isLessThanOrEqualTo(8);
            assertThat(errors).noneMatch(line -> line.contains("\tat "));
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
