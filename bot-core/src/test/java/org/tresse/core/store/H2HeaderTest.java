package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 11: with a dead chunk's space reused soon, every acknowledged commit is found in the
 * file a SIGKILL leaves. What a SIGKILL leaves is what was written: a copy of the file taken after the
 * commit, while the database is still open, is opened as the next start would open it.
 */
class H2HeaderTest {
    @TempDir
    Path directory;

    @Test
    void a_copy_of_the_open_file_taken_after_each_commit_holds_that_commit() throws Exception {
        assertThat(H2Header.available()).as("this H2 has the store header Tresse writes").isTrue();
        // a short retention: freed space is reused within a few commits, so chunks land where H2 did not guess
        String url = "jdbc:h2:file:" + directory.resolve("open") + ";WRITE_DELAY=0;RETENTION_TIME=20;TRACE_LEVEL_FILE=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("create table voice (id bigint primary key, text varchar(300))");
            connection.createStatement().execute("create table tally (id int primary key, total bigint)");
            connection.createStatement().execute("insert into tally values (1, 0)");
            connection.commit();
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            PreparedStatement voice = connection.prepareStatement("insert into voice values (?, ?)");
            PreparedStatement tally = connection.prepareStatement("update tally set total = ? where id = 1");
            for (int id = 1; id <= 600; id++) {
                voice.setLong(1, id);
                voice.setString(2, "Il faudrait un banc de plus sur la place ".repeat(5) + id);
                voice.executeUpdate();
                tally.setLong(1, id);
                tally.executeUpdate();
                connection.commit();
                H2Header.nameNewest(store);
                store.sync();
                if (id % 30 == 0) {
                    assertThat(newestAfterKill(id)).as("the newest voice in the file left after commit %d", id).isEqualTo(id);
                }
            }
        }
    }

    private long newestAfterKill(int id) throws Exception {
        Path copy = directory.resolve("killed-" + id + ".mv.db");
        Files.copy(directory.resolve("open.mv.db"), copy);
        String url = "jdbc:h2:file:" + directory.resolve("killed-" + id) + ";TRACE_LEVEL_FILE=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("select max(id) from voice")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("the file left after commit " + id + " does not open", e);
        }
    }
}
