package org.tresse.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throwaway server: found or asked for loudly, started, copied from templates, stopped and started again. */
class PostgresServerTest {
    @TempDir
    Path empty;

    @Test
    void without_the_server_programs_the_run_fails_saying_what_to_install() {
        assertThatThrownBy(() -> PostgresBinaries.find(List.of(empty)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("initdb and pg_ctl")
                .hasMessageContaining("apt-get install postgresql")
                .hasMessageContaining("-Dtresse.postgres.bin=");
    }

    @Test
    void as_root_the_server_runs_as_the_postgres_user() {
        PostgresBinaries binaries = PostgresBinaries.find();
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(binaries.command("initdb")).startsWith(binaries.runAs().get(0), "-u", "postgres", "--");
        } else {
            assertThat(binaries.runAs()).isEmpty();
        }
    }

    @Test
    void a_database_copied_from_a_template_has_what_the_template_was_given_and_survives_a_restart() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            JdbcTarget first = server.createDatabase("probe", template -> execute(template, "create table probe (n integer)"));
            execute(first, "insert into probe values (1)");
            JdbcTarget second = server.createDatabase("probe", template -> {
                throw new AssertionError("a template is made once");
            });
            assertThat(count(second)).isZero();
            server.stopServer();
            assertThatThrownBy(() -> count(first)).isInstanceOf(java.sql.SQLException.class);
            server.startServer();
            assertThat(count(first)).isEqualTo(1);
            server.drop(first);
            assertThatThrownBy(() -> count(first)).hasMessageContaining("does not exist");
        }
    }

    private static void execute(JdbcTarget target, String sql) {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(JdbcTarget target) throws java.sql.SQLException {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from probe")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
