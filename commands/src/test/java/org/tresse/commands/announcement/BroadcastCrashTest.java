package org.tresse.commands.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a broadcast, then a restart: every recipient gets the announcement,
 * and at most one gets it twice (the message in flight, on a channel with no idempotency).
 */
/* A separate JVM that hangs must fail this test with a message, never hold the build. */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BroadcastCrashTest {
    private static final int RECIPIENTS = 600;
    private static final int PER_SECOND = 100;

    @TempDir
    Path directory;

    @Test
    void a_broadcast_killed_midway_and_restarted_misses_nobody_and_repeats_at_most_the_message_in_flight() throws Exception {
        Path deliveries = directory.resolve("deliveries.txt");
        Process first = start("first", deliveries, directory.resolve("first.log"));
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> announcementLines(deliveries).size() >= RECIPIENTS / 4);
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        int beforeRestart = announcementLines(deliveries).size();
        assertThat(beforeRestart).as("killed in the middle of the broadcast").isLessThan(RECIPIENTS);

        Process resume = start("resume", deliveries, directory.resolve("resume.log"));
        assertThat(resume.waitFor(180, TimeUnit.SECONDS)).as("the restarted Tresse finishes").isTrue();
        assertThat(resume.exitValue()).as(Files.readString(directory.resolve("resume.log"))).isZero();

        Map<String, Long> perRecipient = announcementLines(deliveries).stream()
                .collect(Collectors.groupingBy(line -> line.split("\t")[1], Collectors.counting()));
        assertThat(perRecipient).hasSize(RECIPIENTS);
        long duplicates = perRecipient.values().stream().mapToLong(count -> count - 1).sum();
        assertThat(duplicates).as("messages received twice").isLessThanOrEqualTo(1);
        Map<String, Long> perOutboxRow = announcementLines(deliveries).stream()
                .collect(Collectors.groupingBy(line -> line.split("\t")[0], Collectors.counting()));
        assertThat(perOutboxRow.values().stream().filter(count -> count > 1).count()).isLessThanOrEqualTo(1);
        assertThat(perOutboxRow).hasSize(RECIPIENTS);
    }

    private Process start(String mode, Path deliveries, Path log) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BroadcastCrashMain.class.getName(),
                directory.resolve("db").toString(), deliveries.toString(), mode, String.valueOf(RECIPIENTS),
                String.valueOf(PER_SECOND))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Deliveries to subscribers (p1, p2...), leaving out the replies to the coordinator. */
    private static List<String> announcementLines(Path deliveries) throws IOException {
        if (!Files.exists(deliveries)) {
            return List.of();
        }
        return Files.readAllLines(deliveries).stream().filter(line -> line.contains("\tp")).toList();
    }
}
