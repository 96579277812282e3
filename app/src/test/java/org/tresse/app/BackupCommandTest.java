package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tresse sauvegarde} while Tresse runs (it makes the copy itself) and {@code tresse
 * restaurer} once it is stopped: the village comes back as it was at the backup, keys included,
 * and what was there is kept aside. Bad folders and a running Tresse are refused clearly.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BackupCommandTest {
    @TempDir
    Path directory;

    @BeforeEach
    void config() throws Exception {
        Files.writeString(directory.resolve("tresse.yml"), "association:\n  name: La Tresse\nstorage:\n  url: jdbc:h2:file:"
                + directory.resolve("data/tresse") + "\n");
    }

    @Test
    void a_backup_made_while_tresse_runs_is_restored_once_it_is_stopped() throws Exception {
        Path backup;
        try (TresseProcess tresse = TresseProcess.start(directory, "run", "--as", "ana")) {
            tresse.type("/avis Une boîte à livres");
            tresse.type("/avis Plus de bancs");
            await().atMost(Duration.ofMinutes(2)).until(() -> String.join("\n", tresse.output()).contains("avis n°2"));

            TresseProcess save = TresseProcess.start(directory, "sauvegarde", "--dans", "sauvegardes");
            assertThat(save.awaitExit(Duration.ofMinutes(3))).as(String.join("\n", save.errors())).isZero();
            assertThat(String.join("\n", save.output())).contains("par le Tresse en marche, sans l’arrêter").contains("by the running Tresse");
            backup = only(directory.resolve("sauvegardes"));
            assertThat(backup.resolve("base.zip")).isRegularFile();
            assertThat(backup.resolve("ballot.key")).hasSameTextualContentAs(directory.resolve("data/ballot.key"));

            TresseProcess refused = TresseProcess.start(directory, "restaurer", backup.toString());
            assertThat(refused.awaitExit(Duration.ofMinutes(1))).isEqualTo(3);
            assertThat(String.join("\n", refused.errors())).contains("Tresse tourne en ce moment");

            tresse.type("/avis Écrit après la sauvegarde");
            tresse.endInput();
            assertThat(tresse.awaitExit(Duration.ofMinutes(2))).isZero();
        }
        assertThat(voices()).isEqualTo(3);

        TresseProcess restore = TresseProcess.start(directory, "restaurer", backup.toString());
        assertThat(restore.awaitExit(Duration.ofMinutes(1))).as(String.join("\n", restore.errors())).isZero();
        assertThat(String.join("\n", restore.output())).contains("remise en place").contains("put back");
        assertThat(voices()).as("the village as it was at the backup").isEqualTo(2);
        try (Stream<Path> siblings = Files.list(directory)) {
            Path aside = siblings.filter(path -> path.getFileName().toString().startsWith("data-avant-restauration-")).findFirst().orElseThrow();
            assertThat(aside.resolve("tresse.mv.db")).as("what was there is kept").isRegularFile();
        }
        try (TresseProcess again = TresseProcess.start(directory, "run", "--as", "ana")) {
            again.type("/avis Après la restauration");
            again.endInput();
            assertThat(again.awaitExit(Duration.ofMinutes(2))).isZero();
            assertThat(String.join("\n", again.output())).contains("avis n°3");
        }
    }

    @Test
    void a_folder_that_is_no_backup_is_refused_and_postgresql_gets_its_recipe() throws Exception {
        Files.createDirectories(directory.resolve("vide"));
        TresseProcess wrong = TresseProcess.start(directory, "restaurer", "vide");
        assertThat(wrong.awaitExit(Duration.ofMinutes(1))).isEqualTo(2);
        assertThat(String.join("\n", wrong.errors())).contains("n’est pas une sauvegarde de Tresse").contains("base.zip");

        Files.writeString(directory.resolve("pg.yml"), "storage:\n  url: jdbc:postgresql://db.example.org/tresse\n");
        TresseProcess recipe = TresseProcess.start(directory, "sauvegarde", "-c", "pg.yml");
        assertThat(recipe.awaitExit(Duration.ofMinutes(1))).isEqualTo(6);
        assertThat(String.join("\n", recipe.output())).contains("pg_dump --format=custom").contains("ballot-keys");
    }

    private static Path only(Path parent) throws Exception {
        try (Stream<Path> children = Files.list(parent)) {
            List<Path> all = children.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private long voices() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/tresse") + ";IFEXISTS=TRUE", "", "");
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from voice")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
