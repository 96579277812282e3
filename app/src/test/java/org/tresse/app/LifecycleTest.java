package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code tresse run} as a separate JVM: SIGTERM, a second instance on the same data directory. */
/* A separate JVM that hangs must fail this test with a message, never hold the build. */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LifecycleTest {
    @TempDir
    Path directory;

    @Test
    void sigterm_stops_cleanly_with_exit_code_zero_after_committing() throws Exception {
        try (TresseProcess tresse = TresseProcess.start(directory, "run", "--as", "ana")) {
            tresse.type("/moi");
            await().atMost(Duration.ofMinutes(1)).until(() -> tresse.output().stream().anyMatch(line -> line.contains("personne n°1")));
            tresse.terminate();
            assertThat(tresse.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(tresse.process().exitValue()).isZero();
            // the details go to the data directory, not to the terminal
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.resolve("data/tresse.log")).content().contains("Stopped"));
            assertThat(tresse.errors()).noneMatch(line -> line.contains("INFO"));
        }
    }

    @Test
    void a_second_instance_on_the_same_data_directory_is_refused_clearly() throws Exception {
        try (TresseProcess first = TresseProcess.start(directory, "run", "--as", "ana")) {
            first.type("/moi");
            await().atMost(Duration.ofMinutes(1)).until(() -> first.output().stream().anyMatch(line -> line.contains("personne n°1")));
            try (TresseProcess second = TresseProcess.start(directory, "run", "--as", "bob")) {
                assertThat(second.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
                assertThat(second.process().exitValue()).isEqualTo(3);
                assertThat(second.errors()).anyMatch(line -> line.contains("Un autre Tresse utilise déjà le dossier de données"));
            }
            first.type("/moi");
            await().atMost(Duration.ofMinutes(1)).until(() -> first.output().stream().filter(line -> line.contains("personne n°1")).count() == 2);
        }
    }
}
