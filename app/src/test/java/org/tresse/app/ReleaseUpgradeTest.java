package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.config.TresseConfig;
import org.tresse.core.store.Database;

/**
 * A database made by release 0.1.0 ({@code releases/0.1.0/tresse.mv.db}, written by that release's
 * {@code ./tresse run --as ana < session.txt}) opens with today's code: the linear Flyway history
 * applies the later migrations in order, and what the village did then is still there.
 */
class ReleaseUpgradeTest {
    @TempDir
    Path directory;

    @Test
    void a_database_of_release_0_1_0_is_migrated_and_keeps_its_people_polls_decisions_and_voices() throws Exception {
        Path data = Files.createDirectories(directory.resolve("data"));
        try (InputStream release = getClass().getResourceAsStream("/releases/0.1.0/tresse.mv.db")) {
            Files.copy(release, data.resolve("tresse.mv.db"));
        }
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "storage:\n  url: jdbc:h2:file:" + data.resolve("tresse") + "\n");
        TresseConfig settings = new ConfigLoader().load(config);

        String replies = run(settings, "/moi\n/decisions\n/resultats 1\n/resultats 2\n/avis-liste\n:as bob\n/moi\n");

        assertThat(replies).contains("Vous êtes ana (personne n°1)").contains("admin");
        assertThat(replies).contains("Horaires d’été").contains("Ouvrir le café le dimanche ?");
        assertThat(replies).contains("Quel jour pour la fête ?");
        assertThat(replies).contains("Il manque un banc devant la ressourcerie").contains("un atelier vélo");
        assertThat(replies).contains("Vous êtes bob (personne n°2)").contains("coordination");
        try (Database database = Database.open(settings.storage().url(), null, null, ConnectorWiring.migrations(settings))) {
            List<String> versions = database.inTransaction(handle -> handle.list(
                    "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null order by \"installed_rank\"",
                    row -> row.getString(1)));
            assertThat(versions).startsWith("1.0", "3.1", "3.2", "4.1", "4.2").contains("7.1");
            assertThat(versions).as("applied in order, none out of order").isSortedAccordingTo(ReleaseUpgradeTest::byVersion);
        }
    }

    private static String run(TresseConfig settings, String session) throws InterruptedException, IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        TresseApp app = TresseApp.start(settings, new ConsoleIo(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false, "ana"), Clock.systemUTC(), ended::countDown);
        try {
            assertThat(ended.await(2, TimeUnit.MINUTES)).as("the console session ends").isTrue();
        } finally {
            app.stop();
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static int byVersion(String first, String second) {
        String[] a = first.split("\\.");
        String[] b = second.split("\\.");
        for (int index = 0; index < Math.max(a.length, b.length); index++) {
            int left = index < a.length ? Integer.parseInt(a[index]) : 0;
            int right = index < b.length ? Integer.parseInt(b[index]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }
}
