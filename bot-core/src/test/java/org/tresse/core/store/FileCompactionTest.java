package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 11: with every commit written before it returns, H2 runs none of its own
 * housekeeping, and the file grew by some 50 KB a message, 99 % dead, never shrinking. The
 * growth under load is measured in {@code bench/FileGrowthLoadDriver}; here, what is certain.
 */
class FileCompactionTest {
    private static final String ROW = "x".repeat(900);

    @TempDir
    Path directory;

    @Test
    void a_burst_of_small_commits_leaves_a_file_near_its_live_size_once_tresse_restarts() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("tresse");
        try (Database database = Database.open(url, "sa", "", List.of())) {
            commits(database, 3_000);
        }
        // a burst within H2's retention time (45 s) cannot reuse its own dead chunks: about 140 MB for
        // these 3,000 commits, of under 1 MB of live data; the next start rewrites the file whole
        try (Database database = Database.open(url, "sa", "", List.of())) {
            long kept = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(kept).isEqualTo(3_000);
        }
        assertThat(Files.size(directory.resolve("tresse.mv.db"))).isLessThan(8_000_000L);
    }

    @Test
    void a_file_left_mostly_dead_is_compacted_at_start() throws Exception {
        // written as the earlier release did (a pool, each commit durable, nothing compacted), then stopped short
        String url = "jdbc:h2:file:" + directory.resolve("tresse");
        Database.open(url, "sa", "", List.of()).close();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url + ";WRITE_DELAY=0");
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setAutoCommit(false);
        try (HikariDataSource earlier = new HikariDataSource(pool)) {
            for (int index = 0; index < 3_000; index++) {
                try (Connection connection = earlier.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("insert into connector_cursor (channel, cursor_key, cursor_value, updated_at) values ('bench', "
                            + "'key-" + index + "', '" + ROW + "', current_timestamp)");
                    connection.commit();
                }
            }
            try (Connection connection = earlier.getConnection(); Statement statement = connection.createStatement()) {
                // stopped as a kill or a crash stops it: H2 compacts nothing on the way out
                statement.execute("shutdown immediately");
            } catch (java.sql.SQLException closedUnderUs) {
                // the pool hands back a connection to a database that is no more: expected
            }
        }
        long before = Files.size(directory.resolve("tresse.mv.db"));
        assertThat(before).as("the file an earlier release left").isGreaterThan(10_000_000L);
        try (Database database = Database.open(url, "sa", "", List.of())) {
            long kept = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(kept).isEqualTo(3_000);
        }
        assertThat(Files.size(directory.resolve("tresse.mv.db"))).as("after a start").isLessThan(before / 3);
    }

    private static void commits(Database database, int count) {
        for (int index = 0; index < count; index++) {
            int number = index;
            database.useTransaction(handle -> handle.update("insert into connector_cursor (channel, cursor_key, cursor_value, updated_at) "
                    + "values (?, ?, ?, current_timestamp)", "bench", "key-" + number, ROW));
        }
    }
}
