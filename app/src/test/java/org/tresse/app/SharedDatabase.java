package org.tresse.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.tresse.testkit.store.JdbcTarget;

/**
 * Tresse instances as separate processes on one PostgreSQL database: their configuration (one
 * Telegram bot on a loopback Bot API, a shared directory and ballot key) and SQL to watch them.
 */
final class SharedDatabase {
    static final String BALLOT_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final JdbcTarget target;
    private final Path root;

    SharedDatabase(JdbcTarget target, Path root) {
        this.target = target;
        this.root = root;
    }

    /** The directory of instance {@code name}, with its tresse.yml. */
    Path instance(String name, String botApi, String limits) throws IOException {
        Path directory = Files.createDirectories(root.resolve(name));
        Files.createDirectories(root.resolve("shared"));
        Files.writeString(directory.resolve("tresse.yml"), """
                association:
                  name: Fédération
                storage:
                  url: %s
                  user: %s
                  pool-size: 4
                  shared:
                    instance: %s
                    lease: 3s
                    ballot-key: %s
                    directory: %s
                delivery:
                  rate-limits:
                    telegram: %s
                channels:
                  telegram:
                    token: "%s"
                    base-url: %s
                    username: TresseBot
                """.formatted(target.url(), target.user(), name, BALLOT_KEY, root.resolve("shared"), limits,
                org.tresse.connector.telegram.FakeBotApi.TOKEN, botApi));
        return directory;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Who holds the lease {@code name}, if anyone took it. */
    Optional<String> holder(String name) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select owner from lease where name = '" + name + "'")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = open(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(target.url(), target.user(), target.password());
    }
}
