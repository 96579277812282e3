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
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 11: the embedded H2 file under repeated SIGKILL. One {@code tresse run} after
 * another is fed commands and killed at a random point ({@value #KILLS} times); after each kill the
 * file opens, and every command whose reply was printed is stored. The commands are voices: each
 * writes a voice, its inbound log row and its receipt, so the file grows and H2 has work to do.
 */
@Timeout(value = 25, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KillLoopTest {
    static final int KILLS = 20;
    private static final Pattern RECEIVED = Pattern.compile("\\(message (\\d+)\\)");
    private static final Pattern RECEIPT = Pattern.compile("Votre avis n°(\\d+)");

    @TempDir
    Path directory;

    @Test
    void the_file_opens_and_keeps_every_acknowledged_command_after_each_of_twenty_kills() throws Exception {
        // -Dtresse.kill.h2=";RETENTION_TIME=5000" tries H2 settings under the same kills
        String settings = System.getProperty("tresse.kill.h2", "");
        Files.writeString(directory.resolve("tresse.yml"), "association:\n  name: Coupures\nweb:\n  listen: 127.0.0.1:0\n" + (settings.isEmpty() ? ""
                : "storage:\n  url: \"jdbc:h2:file:" + directory.resolve("data/tresse") + settings + "\"\n"));
        long seed = Long.getLong("tresse.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        Set<Integer> acknowledged = new TreeSet<>();
        Set<Long> receipts = new TreeSet<>();
        int next = 1;
        for (int kill = 1; kill <= KILLS; kill++) {
            long newest = kill == 1 ? 0 : newestVoice();
            TresseProcess tresse = TresseProcess.start(directory, "run", "--as", "ana");
            try {
                int first = next;
                int wanted = 5 + random.nextInt(60);
                for (int index = 0; index < wanted + 40; index++, next++) {
                    tresse.type("/avis Il faudrait un banc de plus sur la place (message " + next + ")");
                }
                // killed once a random number of this run's commands are answered, a little after
                await().atMost(Duration.ofMinutes(3)).until(() -> answered(tresse.output(), first, newest).size() >= wanted);
                await().pollDelay(Duration.ofMillis(random.nextInt(300))).until(() -> true);
                tresse.kill();
                acknowledged.addAll(answered(tresse.output(), first, newest));
                receipts.addAll(receipts(tresse.output()));
            } finally {
                tresse.close();
            }
            Set<Integer> stored = storedMessages();
            assertThat(stored).as("after kill %d (seed %d), every answered command is stored", kill, seed).containsAll(acknowledged);
            assertThat(storedVoices()).as("after kill %d (seed %d), every voice a receipt named", kill, seed).containsAll(receipts);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * 5);
    }

    /**
     * The numbers of the messages this run answered: the console takes its lines one after the other,
     * so k receipts of new voices say the first k messages of the run were committed. A receipt of the
     * run before, in flight at its kill, may come again at the start: its voice is older than {@code newest}.
     */
    private static List<Integer> answered(List<String> output, int first, long newest) {
        long count = receipts(output).stream().filter(voice -> voice > newest).count();
        List<Integer> numbers = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            numbers.add(first + index);
        }
        return numbers;
    }

    private static Set<Long> receipts(List<String> output) {
        Set<Long> voices = new TreeSet<>();
        for (String line : output) {
            Matcher matcher = RECEIPT.matcher(line);
            if (matcher.find()) {
                voices.add(Long.parseLong(matcher.group(1)));
            }
        }
        return voices;
    }

    private long newestVoice() throws SQLException {
        return storedVoices().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private Set<Long> storedVoices() throws SQLException {
        Set<Long> voices = new TreeSet<>();
        try (Connection connection = open(); ResultSet rows = connection.createStatement().executeQuery("select id from voice")) {
            while (rows.next()) {
                voices.add(rows.getLong(1));
            }
        }
        return voices;
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/tresse"), "", "");
    }

    private Set<Integer> storedMessages() throws SQLException {
        Set<Integer> numbers = new TreeSet<>();
        try (Connection connection = open(); ResultSet rows = connection.createStatement().executeQuery("select text from voice")) {
            while (rows.next()) {
                Matcher matcher = RECEIVED.matcher(rows.getString(1));
                if (matcher.find()) {
                    numbers.add(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return numbers;
    }
}
