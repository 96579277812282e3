package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.config.ConfigLoader;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.PostgresServer;
import org.tresse.testkit.store.PostgresTest;

/**
 * {@code tresse migrer}: a village's H2 database, made by talking to Tresse, copied into an empty
 * PostgreSQL one, every table's rows checked; Tresse then runs on PostgreSQL and goes on numbering;
 * a second copy into the same database is refused, and so are bad addresses; a database that holds
 * only what its migrations wrote is still empty.
 */
@PostgresTest
@Timeout(value = 8, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MigrateCommandTest {
    private static final List<String> TABLES = List.of("person", "identity", "person_role", "voice", "poll", "poll_option", "ballot",
            "inbound_log", "outbox");

    @TempDir
    Path directory;

    private JdbcTarget target;

    @BeforeEach
    void village() throws Exception {
        target = PostgresServer.shared().createDatabase(null, null);
        Files.writeString(directory.resolve("tresse.yml"), "association:\n  name: La Tresse\nstorage:\n  url: jdbc:h2:file:"
                + directory.resolve("data/tresse") + "\n");
        try (TresseProcess tresse = TresseProcess.start(directory, "run", "--as", "ana")) {
            for (String line : List.of("/avis Le café pourrait ouvrir le dimanche", "/avis Une boîte à livres", "/avis Plus de bancs",
                    "/sondage \"Quelle couleur pour la porte ?\" rouge vert bleu", "/vote 1 vert")) {
                tresse.type(line);
            }
            tresse.endInput();
            assertThat(tresse.awaitExit(Duration.ofMinutes(2))).isZero();
        }
    }

    @AfterEach
    void dropTarget() {
        PostgresServer.shared().drop(target);
    }

    @Test
    void the_h2_database_is_copied_checked_and_tresse_goes_on_on_postgresql() throws Exception {
        TresseProcess migrate = migrate(target.url());
        assertThat(migrate.awaitExit(Duration.ofMinutes(2))).as(String.join("\n", migrate.errors())).isZero();
        assertThat(String.join("\n", migrate.output())).contains("Copie terminée et vérifiée").contains("Copy done and checked")
                .contains("voice : 3 lignes copiées").contains("ballot.key");
        for (String table : TABLES) {
            assertThat(count(target.url(), table)).as(table).isEqualTo(count("jdbc:h2:file:" + directory.resolve("data/tresse"), table))
                    .isPositive();
        }

        TresseProcess again = migrate(target.url());
        assertThat(again.awaitExit(Duration.ofMinutes(2))).isEqualTo(5);
        assertThat(String.join("\n", again.errors())).contains("La base cible n’est pas vide").contains("is not empty");
        assertThat(count(target.url(), "voice")).isEqualTo(3);

        Path onPostgres = Files.createDirectories(directory.resolve("pg"));
        Files.writeString(onPostgres.resolve("tresse.yml"), "association:\n  name: La Tresse\nstorage:\n  url: " + target.url()
                + "\n  user: " + target.user() + "\n");
        Files.createDirectories(onPostgres.resolve("data"));
        Files.copy(directory.resolve("data/ballot.key"), onPostgres.resolve("data/ballot.key"));
        try (TresseProcess tresse = TresseProcess.start(onPostgres, "run", "-c", "tresse.yml", "--as", "ana")) {
            tresse.type("/avis Après la migration");
            tresse.type("/resultats 1");
            tresse.endInput();
            assertThat(tresse.awaitExit(Duration.ofMinutes(2))).as(String.join("\n", tresse.errors())).isZero();
            assertThat(String.join("\n", tresse.output())).contains("avis n°4").contains("vert");
        }
    }

    @Test
    void a_target_holding_only_what_its_migrations_wrote_is_empty_and_takes_the_sources_counter() throws Exception {
        // Tresse opened it once (or a copy failed after migrating it): its migrations wrote person_number's counter
        Database.open(target.url(), target.user(), target.password(), ConnectorWiring.migrations(new ConfigLoader().load(directory.resolve("tresse.yml")))).close();
        assertThat(single(target.url(), "select last_number from person_number")).isZero();

        sql(target.url(), "update person_number set last_number = 7");
        TresseProcess changed = migrate(target.url());
        assertThat(changed.awaitExit(Duration.ofMinutes(2))).as("a counter that moved is someone's").isEqualTo(5);
        assertThat(String.join("\n", changed.errors())).contains("La base cible n’est pas vide").contains("person_number");

        sql(target.url(), "update person_number set last_number = 0");
        TresseProcess migrate = migrate(target.url());
        assertThat(migrate.awaitExit(Duration.ofMinutes(2))).as(String.join("\n", migrate.errors())).isZero();
        String source = "jdbc:h2:file:" + directory.resolve("data/tresse");
        assertThat(single(target.url(), "select last_number from person_number"))
                .isEqualTo(single(source, "select last_number from person_number")).isPositive();
        assertThat(count(target.url(), "person_number")).isEqualTo(1);
        assertThat(count(target.url(), "voice")).isEqualTo(3);
    }

    @Test
    void a_target_that_is_not_postgresql_or_cannot_be_reached_is_said_clearly_and_nothing_is_written() throws Exception {
        TresseProcess wrong = migrate("jdbc:mysql://localhost/tresse");
        assertThat(wrong.awaitExit(Duration.ofMinutes(1))).isEqualTo(2);
        assertThat(String.join("\n", wrong.errors())).contains("n’est pas une adresse PostgreSQL").contains("--vers jdbc:postgresql://");

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TresseProcess away = migrate("jdbc:postgresql://127.0.0.1:" + closed + "/tresse");
        assertThat(away.awaitExit(Duration.ofMinutes(1))).isEqualTo(4);
        assertThat(String.join("\n", away.errors())).contains("ne répond pas").contains("Rien n’a été copié").doesNotContain("Exception");
    }

    private TresseProcess migrate(String url) throws Exception {
        return TresseProcess.start(directory, "migrer", "--vers", url, "--utilisateur", target.user(), "-c", "tresse.yml");
    }

    private long count(String url, String table) throws SQLException {
        return single(url, "select count(*) from " + table);
    }

    private long single(String url, String query) throws SQLException {
        try (Connection connection = connect(url); ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String url, String update) throws SQLException {
        try (Connection connection = connect(url)) {
            connection.createStatement().executeUpdate(update);
        }
    }

    private Connection connect(String url) throws SQLException {
        boolean h2 = url.startsWith("jdbc:h2:");
        return DriverManager.getConnection(url, h2 ? "" : target.user(), h2 ? "" : target.password());
    }
}
