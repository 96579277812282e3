package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.store.Database;

/**
 * Issue 12, item 12: an unreachable PostgreSQL, an unknown driver, a bad H2 option printed a raw
 * stack trace and exited 1, {@code tresse check} called them valid, and a read-only database
 * started and answered "internal error" to everything. Now: one clear line, exit code 4, and
 * {@code check} tries the connection. ({@code run} waits for a database that does not answer yet,
 * issue 18: {@link DatabaseWaitTest}.)
 */
class DatabaseProblemTest {
    @TempDir
    Path directory;

    @RegisterExtension
    final Terminal terminal = new Terminal();

    @Test
    void an_unreachable_postgresql_is_one_clear_line_and_exit_4_for_check() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path config = config("jdbc:postgresql://127.0.0.1:" + closedPort + "/tresse");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("Tresse ne démarre pas : la base de données jdbc:postgresql://127.0.0.1:" + closedPort
                + "/tresse ne répond pas").contains("does not answer").doesNotContain("\tat ").doesNotContain("Exception");
        // tresse run waits for it instead, tried again less and less often (issue 18): DatabaseWaitTest
    }

    @Test
    void an_unknown_driver_is_named() throws Exception {
        Path config = config("jdbc:mysql://localhost/tresse");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("aucun pilote ne sait ouvrir la base « jdbc:mysql://localhost/tresse »").doesNotContain("\tat ");
        terminal.clear();
        assertThat(Main.execute("run", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("aucun pilote");
    }

    @Test
    void an_option_h2_does_not_know_is_named_with_its_field() throws Exception {
        Path config = config("jdbc:h2:file:" + directory.resolve("data/tresse") + ";NO_SUCH_OPTION=1");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("contient un réglage inconnu").contains("NO_SUCH_OPTION").contains("storage.url");
        terminal.clear();
        assertThat(Main.execute("run", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("contient un réglage inconnu");
    }

    @Test
    void a_database_that_can_only_be_read_does_not_start_and_says_why() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("data/tresse");
        Database.open(url, null, null, java.util.List.of()).close();
        Path config = config(url + ";ACCESS_MODE_DATA=r");
        assertThat(Main.execute("check", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("ne peut qu’être lue").contains("can only be read");
        terminal.clear();
        assertThat(Main.execute("run", "-c", config.toString())).isEqualTo(4);
        assertThat(errors()).contains("ne peut qu’être lue");
    }

    @Test
    void check_says_a_reachable_database_answers_and_does_not_create_one() throws Exception {
        Path config = config("jdbc:h2:file:" + directory.resolve("data/tresse"));
        assertThat(Main.execute("check", "-c", config.toString())).isZero();
        assertThat(terminal.out()).contains("base de données joignable");
        assertThat(directory.resolve("data/tresse.mv.db")).doesNotExist();
    }

    @Test
    void the_real_program_prints_no_stack_trace() throws Exception {
        Path config = config("jdbc:mysql://localhost/tresse");
        try (TresseProcess tresse = TresseProcess.start(directory, "run", "-c", config.toString())) {
            assertThat(tresse.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(tresse.process().exitValue()).isEqualTo(4);
            org.awaitility.Awaitility.await().until(() -> tresse.errors().stream().anyMatch(line -> line.contains("(Tresse does not start")));
            assertThat(tresse.errors()).hasSize(2).noneMatch(line -> line.startsWith("\tat "));
        }
    }

    private Path config(String url) throws Exception {
        Path config = directory.resolve("tresse.yml");
        Files.writeString(config, "association:\n  name: La Tresse\nstorage:\n  url: \"" + url + "\"\n");
        return config;
    }

    private String errors() {
        return terminal.err();
    }
}
