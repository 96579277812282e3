package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5, with the real program: votes in a secret poll, SIGKILL, then the ballot key
 * goes missing or is damaged. Tresse refuses to start, says why and what to do, creates no new key;
 * with the key back, a re-vote replaces the first ballot and the poll closes with every vote.
 */
class BallotKeyLossTest {
    @TempDir
    Path directory;

    @Test
    void a_lost_or_damaged_key_stops_the_start_until_it_is_put_back() throws Exception {
        TresseProcess first = TresseProcess.start(directory, "run", "--as", "ana");
        for (String line : new String[] {"/moi", ":as bob", "/moi", ":as chloe", "/moi", ":as ana", "/role console:bob membre",
                "/role console:chloe membre", "/sondage \"Repeindre la façade ?\" oui non --secret", ":as bob", "/vote 1 oui",
                ":as chloe", "/vote 1 non"}) {
            first.type(line);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> first.output().stream()
                .filter(line -> line.contains("Votre vote secret") && line.contains("est enregistré")).count() == 2);
        first.kill();
        Path key = directory.resolve("data/ballot.key");
        byte[] backup = Files.readAllBytes(key);
        assertThat(directory.resolve("data/ballot-keys/1.key")).exists();

        Files.delete(key);
        TresseProcess missing = refusedStart();
        assertThat(String.join("\n", missing.errors())).contains("Tresse ne démarre pas : la clé des votes secrets")
                .contains("ballot.key").contains("n° 1").contains("Sauvegarder").contains("Tresse does not start");
        assertThat(key).as("no new key behind the volunteers' back").doesNotExist();

        Files.writeString(key, "abîmé\n");
        assertThat(String.join("\n", refusedStart().errors())).contains("est abîmée");

        Files.write(key, backup);
        TresseProcess restored = TresseProcess.start(directory, "run", "--as", "bob");
        restored.type("/vote 1 non");
        restored.type(":as ana");
        restored.type("/clore 1");
        restored.endInput();
        assertThat(restored.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restored.process().exitValue()).isZero();
        assertThat(restored.output()).anyMatch(line -> line.contains("est changé"))
                .anyMatch(line -> line.contains("Participation : 2 sur 3"));
        assertThat(count("select count(*) from ballot where poll_id = 1")).isEqualTo(2);
        assertThat(directory.resolve("data/ballot-keys/1.key")).as("destroyed at close").doesNotExist();
    }

    private TresseProcess refusedStart() throws Exception {
        TresseProcess process = TresseProcess.start(directory, "run", "--as", "ana");
        assertThat(process.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.process().exitValue()).as("the documented code: could not start").isEqualTo(4);
        await().atMost(Duration.ofSeconds(10)).until(() -> process.errors().stream().anyMatch(line -> line.contains("Tresse does not start")));
        return process;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/tresse"), "", "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
