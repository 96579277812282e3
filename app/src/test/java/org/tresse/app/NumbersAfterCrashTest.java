package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 14: after a crash, poll n°2 was followed by n°34 (H2 reserved numbers by 32). */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NumbersAfterCrashTest {
    @TempDir
    Path directory;

    @Test
    void the_numbers_people_see_follow_on_after_a_sigkill() throws Exception {
        try (TresseProcess first = TresseProcess.start(directory, "run", "--as", "ana")) {
            first.type("/sondage \"Ouvrir le dimanche ?\"");
            first.type("/sondage \"Repeindre la façade ?\"");
            first.type("/avis Il manque des chaises");
            await().atMost(Duration.ofMinutes(1)).until(() -> first.output().stream().anyMatch(line -> line.contains("avis n°1")));
            first.kill();
        }
        try (TresseProcess again = TresseProcess.start(directory, "run", "--as", "ana")) {
            again.type("/sondage \"Un marché le mardi ?\"");
            again.type("/avis Et des bancs");
            again.endInput();
            assertThat(again.awaitExit(Duration.ofMinutes(1))).isZero();
            assertThat(again.output()).anyMatch(line -> line.contains("sondage n°3 "))
                    .anyMatch(line -> line.contains("avis n°2"));
        }
    }
}
