package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tresse closes its embedded database itself, after what writes has stopped: H2's own shutdown
 * hook would close it first, at the same time, and the last records of a clean stop (a message
 * marked sent) then failed, the store read as lost and {@code tresse run} exited 5 at SIGTERM.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClosingAtExitTest {
    @TempDir
    Path directory;

    @Test
    void what_a_shutdown_hook_writes_is_committed_before_the_database_closes() throws Exception {
        Path file = directory.resolve("tresse");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClosingAtExitMain.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM exits").isTrue();
        String printed = Files.readString(directory.resolve("out.txt"), StandardCharsets.UTF_8);

        assertThat(printed).as("what the JVM printed").contains("\ncommitted").doesNotContain("\nlost:");
        try (Database database = Database.open("jdbc:h2:file:" + file, "sa", "", List.of())) {
            long kept = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor where channel = 'exit'"));
            assertThat(kept).as("every write of the hook kept").isEqualTo(50);
        }
    }

    @Test
    void an_embedded_file_leaves_the_closing_to_tresse() {
        assertThat(JdbcUrl.durable("jdbc:h2:file:./data/tresse")).contains(";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(JdbcUrl.durable("jdbc:h2:file:./data/tresse;DB_CLOSE_ON_EXIT=TRUE")).doesNotContain("DB_CLOSE_ON_EXIT=FALSE");
    }
}
