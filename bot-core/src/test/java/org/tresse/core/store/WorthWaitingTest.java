package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database problem says whether waiting may mend it (tresse run waits then, issue 18). */
class WorthWaitingTest {
    private static final String URL = "jdbc:postgresql://db/tresse?password=secret";

    @Test
    void a_server_that_does_not_answer_or_is_starting_up_is_worth_waiting_for() {
        assertThat(DatabaseProblem.of(new IllegalStateException("pool", new ConnectException("Connection refused")), URL).worthWaiting())
                .isTrue();
        assertThat(DatabaseProblem.of(new SQLException("Connection attempt failed", "08001"), URL).worthWaiting()).isTrue();
        DatabaseProblem starting = DatabaseProblem.of(new SQLException("the database system is starting up", "57P03"), URL);
        assertThat(starting.worthWaiting()).isTrue();
        assertThat(starting.key()).as("said as before").isEqualTo("base.autre");
    }

    @Test
    void what_waiting_cannot_mend_says_so() {
        assertThat(DatabaseProblem.of(new SQLException("password authentication failed", "28P01"), URL).worthWaiting()).isFalse();
        assertThat(DatabaseProblem.of(new SQLException("No suitable driver found", "08001"), URL).worthWaiting()).isFalse();
        assertThat(DatabaseProblem.of(new SQLException("Database is read only", "25006"), URL).worthWaiting()).isFalse();
        assertThat(new DatabaseProblem("base.lecture.seule", null, URL).worthWaiting()).isFalse();
    }
}
