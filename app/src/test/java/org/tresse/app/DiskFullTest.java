package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 10, with the real program: the disk fills up under H2. Before, the store closed for
 * good, the process never exited, an ERROR with a full stack trace came every second and
 * {@code tresse.trace.db} grew. Now: intake stops, it is said once, in one line, the process exits
 * with code 5 for a supervisor to restart it, and once there is room again nothing is missing.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiskFullTest {
    @TempDir
    Path directory;

    @Test
    void a_full_disk_stops_tresse_with_exit_code_5_in_one_line_and_a_restart_finds_everything() throws Exception {
        Path data = directory.resolve("data");
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: La Tresse\nstorage:\n  url: \"jdbc:h2:fulldisk:" + data.resolve("tresse") + "\"\n");
        try (TresseProcess tresse = TresseProcess.start(FullDiskMain.class, directory, "run", "-c", config.toString(), "--as", "ana")) {
            tresse.type("/moi");
            tresse.type("/avis Il manque des chaises au café");
            await().atMost(Duration.ofMinutes(1)).until(() -> tresse.output().stream().anyMatch(line -> line.contains("avis n°1")));
            Files.writeString(data.resolve(FullDiskFileSystem.MARKER), "");
            tresse.type("/avis Celui-ci ne peut pas être enregistré");
            tresse.type("/moi");
            assertThat(tresse.awaitExit(Duration.ofMinutes(2))).as("the documented code: database lost").isEqualTo(5);
            await().atMost(Duration.ofSeconds(10)).until(() -> tresse.errors().stream().anyMatch(line -> line.contains("(Tresse stops")));
            assertThat(tresse.errors()).filteredOn(line -> line.contains("Tresse s’arrête : plus de place sur le disque")).hasSize(1);
            // the terminal gets warnings and errors in one short line each ("[tresse] Erreur : …"), details in data/tresse.log
            assertThat(tresse.errors()).filteredOn(line -> line.startsWith("[tresse] Erreur") && line.contains("is lost")).hasSize(1);
            assertThat(tresse.errors()).as("no stack trace").noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
            assertThat(tresse.errors()).as("a few lines, not one a second")
                    .filteredOn(line -> line.startsWith("[tresse] Erreur") || line.startsWith("[tresse] Attention")).hasSizeLessThan(6);
            assertThat(tresse.output()).noneMatch(line -> line.contains("avis n°2"));
        }
        assertThat(data.resolve("tresse.trace.db")).as("no H2 trace file").doesNotExist();

        Files.delete(data.resolve(FullDiskFileSystem.MARKER));
        try (TresseProcess again = TresseProcess.start(FullDiskMain.class, directory, "run", "-c", config.toString(), "--as", "ana")) {
            again.type("/avis-liste");
            again.endInput();
            assertThat(again.awaitExit(Duration.ofMinutes(1))).isZero();
            assertThat(again.output()).anyMatch(line -> line.contains("Il manque des chaises au café"))
                    .noneMatch(line -> line.contains("Celui-ci ne peut pas"));
        }
    }

    @Test
    void a_disk_full_at_creation_is_one_clear_line_and_exit_4() throws Exception {
        Path data = directory.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(FullDiskFileSystem.MARKER), "");
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: La Tresse\nstorage:\n  url: \"jdbc:h2:fulldisk:" + data.resolve("tresse") + "\"\n");
        try (TresseProcess tresse = TresseProcess.start(FullDiskMain.class, directory, "run", "-c", config.toString())) {
            assertThat(tresse.awaitExit(Duration.ofMinutes(1))).isEqualTo(4);
            await().atMost(Duration.ofSeconds(10)).until(() -> tresse.errors().stream().anyMatch(line -> line.contains("(Tresse does not start")));
            assertThat(tresse.errors()).anyMatch(line -> line.contains("plus de place sur le disque pour la base"))
                    .noneMatch(line -> line.startsWith("\tat "));
        }
    }
}
