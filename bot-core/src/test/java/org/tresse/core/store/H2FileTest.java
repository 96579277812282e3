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
class H2FileTest {
    private static final String ROW = "x".repeat(900);

    @TempDir
    Path directory;

    @Test
    void a_burst_of_small_commits_leaves_a_file_near_its_live_size_once_tresse_restarts() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("tresse");
        try (Database database = Database.open(url, "sa", "", List.of())) {
            commits(database, 3_000);
        }
        // about 70 MB for these 3,000 commits, of under 1 MB of live data; the next start rewrites it whole
        try (Database database = Database.open(url, "sa", "", List.of())) {
            long kept = database.inTransaction(handle -> handle.count("select count(*) from connector_cursor"));
            assertThat(kept).isEqualTo(3_000);
        }
        assertThat(Files.size(directory.resolve("tresse.mv.db"))).isLessThan(8_000_000L);
    }

    /*
     * Under H2 2.3.232 the file this test writes as an earlier release would (a pool, WRITE_DELAY=0,
     * H2's own retention time, 3,000 commits of 900 bytes, then SHUTDOWN) no longer opened: "Double
     * mark: 19/3" reading the store header (H2ReopenTest has it without the pool). H2 2.4.240 and
     * 2.5.252 open it.
     */
    @Test
    void a_file_left_mostly_dead_is_compacted_at_start() throws Exception {
        // written as the earlier release did (a pool, each commit durable, nothing compacted), then stopped short
        String url = "jdbc:h2:file:" + directory.resolve("tresse");
        Database.open(url, "sa", "", List.of()).close();
        HikariConfig pool = new HikariConfig();
        // nothing compacted on the way out either (H2 compacts for 200 ms at a close by default)
        pool.setJdbcUrl(url + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
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
                // SHUTDOWN IMMEDIATELY (a kill inside the process) left, under H2 2.3.232 with its own
                // retention time, a file that no longer opened ("Double mark"): a plain SHUTDOWN here;
                // real kills are the SIGKILL tests' (DurabilityTest and each channel's restart test)
                statement.execute("shutdown");
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
