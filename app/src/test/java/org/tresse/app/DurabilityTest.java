package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tresse as a separate JVM, fed a stream of state-changing commands through the console, killed
 * with SIGKILL in the middle, restarted: every command whose reply was printed is in the store,
 * and none is applied twice.
 */
/* A separate JVM that hangs must fail this test with a message, never hold the build. */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DurabilityTest {
    private static final int COMMANDS = 150;
    private static final Pattern WELCOME = Pattern.compile("Bienvenue dans le groupe Groupe (g\\d{3})");

    @TempDir
    Path directory;

    @Test
    void a_kill_in_the_middle_loses_no_acknowledged_command_and_applies_none_twice() throws Exception {
        writeConfig();
        List<String> all = new ArrayList<>();
        for (int index = 1; index <= COMMANDS; index++) {
            all.add(String.format("g%03d", index));
        }

        TresseProcess first = TresseProcess.start(directory, "run", "--as", "ana");
        for (String group : all) {
            first.type("/rejoindre " + group);
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> welcomed(first.output()).size() >= 40);
        first.kill();

        Set<String> printedBeforeKill = new TreeSet<>(welcomed(first.output()));
        Set<String> stored = storedMemberships();
        assertThat(stored).containsAll(printedBeforeKill);
        assertThat(stored).as("killed in the middle of the stream").hasSizeLessThan(COMMANDS);

        List<String> remaining = all.stream().filter(group -> !stored.contains(group)).toList();
        TresseProcess second = TresseProcess.start(directory, "run", "--as", "ana");
        for (String group : remaining) {
            second.type("/rejoindre " + group);
        }
        second.endInput();
        assertThat(second.awaitExit(Duration.ofMinutes(3))).as("exit code after the end of input").isZero();

        assertThat(storedMemberships()).hasSize(COMMANDS);
        assertThat(count("select count(*) from inbound_log")).as("each command received once").isEqualTo(COMMANDS);
        Map<String, Integer> replies = new HashMap<>();
        for (String group : welcomed(first.output())) {
            replies.merge(group, 1, Integer::sum);
        }
        for (String group : welcomed(second.output())) {
            replies.merge(group, 1, Integer::sum);
        }
        assertThat(replies.keySet()).as("every command answered, after the restart if need be").hasSize(COMMANDS);
        long twice = replies.values().stream().filter(times -> times > 1).count();
        assertThat(twice).as("at most the one reply in flight at the kill is printed twice").isLessThanOrEqualTo(1);
        assertThat(count("select count(*) from outbox where status <> 'SENT'")).isZero();
    }

    private void writeConfig() throws Exception {
        StringBuilder yaml = new StringBuilder("association:\n  name: Durabilité\ngroups:\n");
        for (int index = 1; index <= COMMANDS; index++) {
            yaml.append(String.format("  - id: g%03d%n    name: Groupe g%03d%n", index, index));
        }
        Files.writeString(directory.resolve("tresse.yml"), yaml.toString());
    }

    private static List<String> welcomed(List<String> output) {
        List<String> groups = new ArrayList<>();
        for (String line : output) {
            Matcher matcher = WELCOME.matcher(line);
            if (matcher.find()) {
                groups.add(matcher.group(1));
            }
        }
        return groups;
    }

    private Set<String> storedMemberships() throws SQLException {
        Set<String> groups = new TreeSet<>();
        try (Connection connection = open(); ResultSet rows = connection.createStatement()
                .executeQuery("select group_slug from group_member")) {
            while (rows.next()) {
                groups.add(rows.getString(1));
            }
        }
        return groups;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = open(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/tresse"), "", "");
    }
}
