package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 12, item 11: the file is tidied while Tresse runs, not only at the next start. The size under
 * a stream of messages, and the time, are measured in {@code bench/FileGrowthLoadDriver}.
 */
class H2TidyTest {
    private static final String ROW = "x".repeat(900);

    @TempDir
    Path directory;

    @Test
    void the_file_a_burst_of_commits_left_shrinks_back_while_the_database_stays_open() {
        String url = "jdbc:h2:file:" + directory.resolve("tresse");
        Path file = directory.resolve("tresse.mv.db");
        Set<Thread> before = tidyThreads();
        Set<Thread> started;
        try (Database database = Database.open(url, "sa", "", List.of())) {
            started = new HashSet<>(tidyThreads());
            started.removeAll(before);
            assertThat(started).as("the tidying thread of this database").hasSize(1);
            for (int index = 0; index < 3_000; index++) {
                int number = index;
                database.useTransaction(handle -> handle.update("insert into connector_cursor (channel, cursor_key, cursor_value, "
                        + "updated_at) values (?, ?, ?, current_timestamp)", "bench", "key-" + number, ROW));
            }
            // untidied, these 3,000 commits of under 3 MB of data made a file of about 70 MB until the next start;
            // a chunk is rewritten once older than H2's retention time (one second, H2File)
            await().atMost(Duration.ofMinutes(4)).untilAsserted(() -> assertThat(Files.size(file)).isLessThan(8_000_000L));
            long kept = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(kept).isEqualTo(3_000);
        }
        assertEnded(started);
        try (Database database = Database.open(url, "sa", "", List.of())) {
            long kept = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(kept).as("after a reopening").isEqualTo(3_000);
        }
    }

    @Test
    void a_round_that_fails_is_said_once_and_the_next_rounds_still_run() {
        AtomicInteger rounds = new AtomicInteger();
        Logger logger = (Logger) LoggerFactory.getLogger(H2Tidy.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        Set<Thread> before = tidyThreads();
        H2Tidy tidy = new H2Tidy(() -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("the store broke");
        });
        Set<Thread> started = new HashSet<>();
        try {
            tidy.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> rounds.get() >= 3);
            started.addAll(tidyThreads());
            started.removeAll(before);
        } finally {
            tidy.stop();
            logger.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(1)
                .first().extracting(ILoggingEvent::getFormattedMessage).asString().contains("the store broke");
        int after = rounds.get();
        assertThat(started).hasSize(1);
        assertEnded(started);
        assertThat(rounds.get()).as("no round after the stop").isEqualTo(after);
    }

    @Test
    void a_store_without_a_file_is_left_alone() {
        MVStore memory = MVStore.open(null);
        try {
            assertThat(H2Tidy.tidy(memory)).isFalse();
        } finally {
            memory.close();
        }
    }

    private static Set<Thread> tidyThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("tresse-h2-tidy"))
                .collect(Collectors.toSet());
    }

    private static void assertEnded(Set<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(thread.isAlive()).as("the tidying thread after the stop").isFalse();
        }
    }
}
