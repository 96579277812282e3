package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tresse changer-cle} as a volunteer runs it: refused while Tresse runs and for a key others may
 * read (nothing changed, said in French and English); done once Tresse is stopped, after which the
 * secret poll open before still takes a changed vote and counts it, and the key is in no log.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RotateKeyCommandTest {
    @TempDir
    Path directory;

    @BeforeEach
    void config() throws Exception {
        Files.writeString(directory.resolve("tresse.yml"), "association:\n  name: La Tresse\nstorage:\n  url: jdbc:h2:file:"
                + directory.resolve("data/tresse") + "\nweb:\n  enabled: false\n");
    }

    @Test
    void the_key_changes_with_a_secret_poll_open_and_its_votes_still_count() throws Exception {
        Path key = directory.resolve("data/ballot.key");
        try (TresseProcess tresse = TresseProcess.start(directory, "run", "--as", "ana")) {
            tresse.type("/sondage \"Ouvrir le dimanche ?\" --secret");
            tresse.type("/vote 1 pour");
            await().atMost(Duration.ofMinutes(2)).until(() -> String.join("\n", tresse.output()).contains("[tresse → ana]")
                    && Files.exists(directory.resolve("data/ballot-keys/1.key")) && tresse.output().size() >= 3);

            TresseProcess refused = TresseProcess.start(directory, "changer-cle");
            assertThat(refused.awaitExit(Duration.ofMinutes(1))).isEqualTo(3);
            assertThat(String.join("\n", refused.errors())).contains("Tresse tourne en ce moment").contains("Tresse is running");
            tresse.endInput();
            assertThat(tresse.awaitExit(Duration.ofMinutes(2))).isZero();
        }
        String before = Files.readString(key);

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        TresseProcess shared = TresseProcess.start(directory, "changer-cle");
        assertThat(shared.awaitExit(Duration.ofMinutes(1))).isEqualTo(4);
        assertThat(String.join("\n", shared.errors())).contains("peut être lu par d’autres que son propriétaire (rw-r--r--)")
                .contains("chmod 600").contains("may be read by others than its owner").contains("Rien n’a été changé")
                .contains("Nothing was changed");
        assertThat(Files.readString(key)).isEqualTo(before);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        TresseProcess rotate = TresseProcess.start(directory, "changer-cle");
        assertThat(rotate.awaitExit(Duration.ofMinutes(1))).as(String.join("\n", rotate.errors())).isZero();
        assertThat(String.join("\n", rotate.output())).contains("Clé des votes secrets changée").contains("1 sondages secrets ouverts")
                .contains("Secret ballot key changed");
        assertThat(Files.readString(key)).isNotEqualTo(before);
        assertThat(directory.resolve("data/ballot.key.ancienne")).doesNotExist();

        try (TresseProcess again = TresseProcess.start(directory, "run", "--as", "ana")) {
            again.type("/vote 1 contre");
            again.type("/sondage \"Fermer le lundi ?\" --secret");
            again.type("/vote 2 pour");
            again.type("/clore 1");
            again.endInput();
            assertThat(again.awaitExit(Duration.ofMinutes(2))).as(String.join("\n", again.errors())).isZero();
            String said = String.join("\n", again.output());
            assertThat(said).as("the ballot cast under the old key is found and replaced")
                    .contains("Votre vote secret au sondage n°1 « Ouvrir le dimanche ? » est changé")
                    .contains("Participation : 1 sur 1").contains("Pour : 0 · Contre : 1 · Abstention : 0");
        }
        String log = Files.readString(directory.resolve("data").resolve(LogFile.NAME));
        for (String secret : new String[] {before.strip(), Files.readString(key).strip()}) {
            assertThat(log).doesNotContain(secret);
            assertThat(String.join("\n", rotate.output()) + String.join("\n", rotate.errors())).doesNotContain(secret);
        }
    }
}
