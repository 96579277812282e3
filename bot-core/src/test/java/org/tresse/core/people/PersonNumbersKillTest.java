package org.tresse.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Database;

/**
 * Person numbers on the H2 file under SIGKILL (H2 only, as the other kill tests): a JVM creating
 * newcomers is killed in the middle, twice; every number it printed is stored, the stored ones run
 * 1 to n without a gap, and the next newcomer after the restart is n + 1.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PersonNumbersKillTest {
    @TempDir
    Path directory;

    @Test
    void a_kill_while_newcomers_are_numbered_leaves_no_gap() throws Exception {
        Path file = directory.resolve("tresse");
        for (int kill = 1; kill <= 2; kill++) {
            List<Long> printed = killedAfter(file, "run" + kill, 30 + 20 * kill);
            List<Long> stored = numbers(file);
            assertThat(stored).as("after kill %d, every printed number is stored", kill).containsAll(printed);
            assertThat(stored).as("after kill %d, numbered 1 to n", kill)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
        }
        try (Database database = Database.open("jdbc:h2:file:" + file, "", "", List.of())) {
            long size = database.inTransaction(handle -> handle.count("select count(*) from person"));
            long next = database.inTransaction(handle -> new People(Clock.systemUTC(), null, List::of)
                    .resolve(handle, new Identity("telegram", "after"), "after").id());
            assertThat(next).isEqualTo(size + 1);
        }
    }

    private static List<Long> killedAfter(Path file, String run, int wanted) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NewcomersMain.class.getName(), file.toString(), run)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> printed = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("committed ")) {
                        printed.add(Long.parseLong(line.substring("committed ".length())));
                    }
                }
            } catch (java.io.IOException ended) {
                // the process was killed
            }
        });
        reader.start();
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> printed.size() >= wanted || !process.isAlive());
            assertThat(process.isAlive()).as("still numbering newcomers").isTrue();
        } finally {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        return List.copyOf(printed);
    }

    private static List<Long> numbers(Path file) throws Exception {
        try (Database database = Database.open("jdbc:h2:file:" + file, "", "", List.of())) {
            return database.inTransaction(handle -> handle.list("select id from person order by id", row -> row.getLong(1)));
        }
    }
}
