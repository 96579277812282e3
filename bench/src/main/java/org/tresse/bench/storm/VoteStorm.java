package org.tresse.bench.storm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The vote storm of issue 14, run by hand (never a unit test). Starts the bot as its own process on a
 * fresh data directory against the loopback Bot API emulator, has the admin open one public poll in
 * a group, then puts {@code --votes} updates from as many distinct users ({@code /vote 1 pour}) in
 * the queue at once and stops the clock at the last reply. Prints the wall time from the first
 * vote to the last reply, the bot's CPU-seconds over the storm and its peak RSS (VmHWM), then stops
 * the bot (SIGTERM) and checks that every vote is counted in its store.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.tresse.bench.storm.VoteStorm tresse|node
 *     [--votes 1000] [--warmup 0] [--mixed] [--env NAME=VALUE]... [--launcher ./tresse] [--node-bot bench/node]</pre>
 */
public final class VoteStorm {
    static final long GROUP_CHAT = -1001234567890L;
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(Long.getLong("storm.wait", 120));

    private VoteStorm() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new HashMap<>();
        int votes = 1000;
        int warmup = 0;
        boolean mixed = false;
        Path launcher = Path.of("tresse").toAbsolutePath();
        Path nodeBot = Path.of("bench/node").toAbsolutePath();
        List<String> launcherArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--votes" -> votes = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--mixed" -> mixed = true;
                case "--env" -> {
                    String[] pair = args[++i].split("=", 2);
                    env.put(pair[0], pair[1]);
                }
                case "--launcher" -> launcher = Path.of(args[++i]).toAbsolutePath();
                case "--node-bot" -> nodeBot = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BotUnderTest bot = switch (args.length == 0 ? "" : args[0]) {
            case "tresse" -> new BotUnderTest.Tresse(launcher, launcherArgs, env);
            case "node" -> new BotUnderTest.Node(nodeBot);
            default -> throw new IllegalArgumentException("first argument: tresse or node");
        };
        System.exit(run(args[0], bot, votes, warmup, mixed) ? 0 : 1);
    }

    private static boolean run(String name, BotUnderTest bot, int votes, int warmup, boolean mixed) throws Exception {
        Path directory = Files.createTempDirectory("vote-storm-" + name);
        try (BotApiEmulator api = new BotApiEmulator()) {
            long launched = System.nanoTime();
            Process process = bot.start(directory, api.baseUrl());
            long pid = process.pid();
            await(() -> api.firstGetUpdatesNanos() != 0, api, process, directory, "the bot to ask for updates");
            double ready = (api.firstGetUpdatesNanos() - launched) / 1e9;
            Thread.sleep(1000);
            ProcessFigures idle = ProcessFigures.of(pid);

            long updateId = 1;
            api.addUpdate(updateId, message(updateId++, BotUnderTest.ADMIN, "/sondage \"Ouvrir le café le dimanche ?\" --public"));
            await(() -> api.replies() + api.groupMessages().size() >= 1, api, process, directory, "the poll to be opened");
            Thread.sleep(500);
            long repliesBefore = api.replies();
            if (warmup > 0) {
                updateId = storm(api, updateId, 20_000, warmup, false);
                await(() -> api.replies() >= repliesBefore + warmup, api, process, directory, "the warm-up replies");
                Thread.sleep(500);
            }
            long repliesAtStart = api.replies();
            ProcessFigures before = ProcessFigures.of(pid);
            long start = System.nanoTime();
            storm(api, updateId, 100_000, votes, mixed);
            await(() -> api.replies() >= repliesAtStart + votes, api, process, directory, "the storm's replies");
            double wall = (api.lastReplyNanos() - start) / 1e9;
            ProcessFigures after = ProcessFigures.of(pid);
            process.destroy();
            boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                process.destroyForcibly().waitFor();
            }
            long counted = bot.votesCounted(directory);
            long expected = (mixed ? votesAmong(votes) : votes) + (long) warmup;
            System.out.printf(Locale.ROOT, "%s: %d %s%s: first vote -> last reply %.2f s, CPU %.2f s, peak RSS %d MB; "
                            + "ready after %.2f s, idle RSS %d MB; votes counted %d/%d %s; stopped cleanly: %s%n",
                    name, votes, mixed ? "messages (votes, /avis, /resultats)" : "votes", warmup > 0 ? " after " + warmup + " warm-up votes" : "", wall,
                    after.cpuSeconds() - before.cpuSeconds(), after.peakRssKb() / 1024, ready, idle.rssKb() / 1024,
                    counted, expected, counted == expected ? "OK" : "MISSING", stopped);
            System.out.println("  Bot API calls: " + api.calls() + "; data in " + directory);
            return counted == expected;
        }
    }

    /**
     * Queues {@code count} messages from distinct users at once: votes, or with {@code mixed} one in
     * five a voice ({@code /avis …}) and one in five {@code /resultats 1}, the rest votes (each gets
     * one reply). Returns the next update id.
     */
    private static long storm(BotApiEmulator api, long firstUpdate, long firstUser, int count, boolean mixed) {
        long updateId = firstUpdate;
        for (int i = 0; i < count; i++) {
            String text = !mixed || i % 5 > 1 ? "/vote 1 pour" : i % 5 == 0 ? "/avis Le café pourrait ouvrir le dimanche #café"
                    : "/resultats 1";
            api.addUpdate(updateId, message(updateId, firstUser + i, text));
            updateId++;
        }
        return updateId;
    }

    /** The votes among {@code count} mixed messages. */
    private static long votesAmong(int count) {
        return count - (count + 4) / 5 - (count + 3) / 5;
    }

    /** A group message in the shape Telegram sends, its leading command marked as a bot_command entity. */
    static String message(long updateId, long userId, String text) {
        int command = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId + 1000)
                + ",\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Votant\",\"last_name\":\"" + userId
                + "\",\"language_code\":\"fr\"},\"chat\":{\"id\":" + GROUP_CHAT + ",\"title\":\"Café associatif\","
                + "\"type\":\"supergroup\"},\"date\":1709370000,\"text\":\"" + text.replace("\"", "\\\"")
                + "\",\"entities\":[{\"offset\":0,\"length\":" + command + ",\"type\":\"bot_command\"}]}}";
    }

    private static void await(BooleanSupplier condition, BotApiEmulator api, Process process, Path directory, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                System.out.println("  Bot API calls: " + api.calls() + ", " + api.replies() + " replies; group messages: "
                        + api.groupMessages());
                throw new IllegalStateException("gave up waiting for " + what + " (bot " + (process.isAlive() ? "alive" : "exited")
                        + "); see " + directory.resolve("bot.log"));
            }
            Thread.sleep(2);
        }
    }
}
