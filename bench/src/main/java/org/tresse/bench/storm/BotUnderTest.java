package org.tresse.bench.storm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A bot the storm is sent to: how to start it on a fresh data directory, and how to count its votes. */
interface BotUnderTest {
    /** Starts the bot against the Bot API at {@code apiUrl}, its data in {@code directory}; stdout/stderr to a log there. */
    Process start(Path directory, String apiUrl) throws IOException;

    /** The ballots stored for poll 1, read from the store once the bot has stopped. */
    long votesCounted(Path directory) throws Exception;

    /** The ids of the admin who opens the poll (declared admin in the bot's configuration). */
    long ADMIN = 1;

    static Process launch(List<String> command, Path directory, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(directory.resolve("bot.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Tresse through its shipped launcher ({@code ./tresse run -c tresse.yml}), H2 file in {@code data/}. */
    record Tresse(Path launcher, List<String> extraArgs, Map<String, String> env) implements BotUnderTest {
        @Override
        public Process start(Path directory, String apiUrl) throws IOException {
            Files.writeString(directory.resolve("tresse.yml"), String.join("\n",
                    "association: { name: Banc d'essai, language: fr, timezone: Europe/Paris }",
                    "storage: { url: 'jdbc:h2:file:" + directory.resolve("data/tresse") + System.getProperty("storm.h2", "") + "' }",
                    "groups: [ { id: cafe, name: Café associatif } ]",
                    "admins: [ telegram:" + ADMIN + " ]",
                    "web: { enabled: false }",
                    "delivery:",
                    "  rate-limits:",
                    "    telegram: { overall: 1000000/s, per-chat: 1000000/s, per-group: 1000000/s }",
                    "channels:",
                    "  console: { enabled: false }",
                    "  telegram:",
                    "    token: ${TELEGRAM_TOKEN}",
                    "    base-url: " + apiUrl,
                    "    username: TresseBot",
                    "    rooms: [ { chat: " + VoteStorm.GROUP_CHAT + ", group: cafe } ]",
                    ""));
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(extraArgs);
            command.addAll(List.of("run", "-c", directory.resolve("tresse.yml").toString()));
            Map<String, String> all = new java.util.HashMap<>(env);
            all.put("TELEGRAM_TOKEN", BotApiEmulator.TOKEN);
            return launch(command, directory, all);
        }

        @Override
        public long votesCounted(Path directory) throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/tresse"), "", "");
                    ResultSet rows = connection.createStatement().executeQuery("select count(*) from ballot where poll_id = 1")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The grammY + SQLite bot of {@code bench/node} ({@code node bot.js}). */
    record Node(Path botDirectory) implements BotUnderTest {
        @Override
        public Process start(Path directory, String apiUrl) throws IOException {
            return launch(List.of("node", botDirectory.resolve("bot.js").toString()), directory, Map.of(
                    "BOT_TOKEN", BotApiEmulator.TOKEN, "API_ROOT", apiUrl, "DB", directory.resolve("bot.db").toString()));
        }

        @Override
        public long votesCounted(Path directory) throws IOException, InterruptedException {
            Process count = new ProcessBuilder("node", botDirectory.resolve("count.js").toString(),
                    directory.resolve("bot.db").toString()).redirectErrorStream(true).start();
            String out = new String(count.getInputStream().readAllBytes()).trim();
            count.waitFor();
            return Long.parseLong(out);
        }
    }
}
