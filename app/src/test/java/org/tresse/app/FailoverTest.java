package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.connector.telegram.FakeBotApi;
import org.tresse.connector.telegram.Fixtures;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.PostgresServer;
import org.tresse.testkit.store.PostgresTest;

/**
 * Two Tresse processes on one PostgreSQL and one Telegram bot (a loopback Bot API): started at the
 * same instant, one polls; killed (SIGKILL) while it polls and sends, the other takes over; killed
 * too and restarted. Every update is handled once, every reply delivered (a reply in flight at a
 * kill may go twice), no limit exceeded, and never do two instances poll the bot at once.
 */
@PostgresTest
@Timeout(value = 12, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FailoverTest {
    private static final int COMMANDS = 2000;
    private static final int PEOPLE = 50;
    private static final String INTAKE = "intake:telegram:123456789";
    private static final String SENDING = "delivery:telegram";
    /** The configured limits: 100 messages a second overall, 10 a second per chat. */
    private static final String LIMITS = "{ overall: 100/s, per-chat: 10/s }";

    @TempDir
    Path root;

    private final List<TresseProcess> processes = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private FakeBotApi telegram;
    private JdbcTarget target;
    private SharedDatabase shared;

    @BeforeEach
    void start() throws Exception {
        telegram = FakeBotApi.start();
        target = PostgresServer.shared().createDatabase(null, null);
        shared = new SharedDatabase(target, root);
    }

    @AfterEach
    void stop() {
        processes.forEach(TresseProcess::close);
        telegram.close();
        PostgresServer.shared().drop(target);
    }

    private TresseProcess run(String name) throws Exception {
        Path directory = shared.instance(name, telegram.baseUrl(), LIMITS);
        TresseProcess process = TresseProcess.start(directory, "run", "-c", "tresse.yml");
        processes.add(process);
        directories.add(directory);
        return process;
    }

    /** What an instance logged: its tresse.log (the terminal gets warnings only). */
    private static String logOf(Path directory) {
        try (var files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().equals(LogFile.NAME)).map(file -> {
                try {
                    return Files.readString(file);
                } catch (java.io.IOException e) {
                    return "";
                }
            }).collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void an_instance_killed_while_it_polls_and_sends_is_replaced_and_nothing_is_lost_or_done_twice() throws Exception {
        Map<String, TresseProcess> running = new HashMap<>();
        running.put("a", run("a"));
        running.put("b", run("b"));
        await().ignoreExceptions().atMost(Duration.ofMinutes(3)).until(() -> shared.holder(INTAKE).isPresent() && shared.holder(SENDING).isPresent());
        for (int update = 1; update <= COMMANDS; update++) {
            telegram.addUpdate(Fixtures.privateText(update, 1000 + update % PEOPLE, "/avis idée n°" + update + " pour le village"));
        }
        await().ignoreExceptions().atMost(Duration.ofMinutes(4)).until(() -> shared.count("select count(*) from inbound_log") >= COMMANDS / 4);

        String first = shared.holder(INTAKE).orElseThrow();
        Instant killedAt = Instant.now();
        running.get(first).kill();
        String second = first.equals("a") ? "b" : "a";
        await().ignoreExceptions().atMost(Duration.ofMinutes(1)).until(() -> shared.holder(INTAKE).orElseThrow().equals(second));
        Duration takeover = Duration.between(killedAt, Instant.now());
        long handledAtKill = shared.count("select count(*) from inbound_log");
        await().ignoreExceptions().atMost(Duration.ofMinutes(3)).until(() -> shared.count("select count(*) from inbound_log") >= handledAtKill + COMMANDS / 4);
        running.get(second).kill();
        TresseProcess restarted = run(second);

        await().ignoreExceptions().atMost(Duration.ofMinutes(5)).until(() -> shared.count("select count(*) from inbound_log") == COMMANDS
                && shared.count("select count(*) from outbox where status <> 'SENT'") == 0 && telegram.highestConfirmed() == COMMANDS);
        System.out.println("Takeover after SIGKILL of the intake holder: " + takeover.toMillis() + " ms (lease 3 s)");

        assertThat(takeover).as("taken over within the lease, a renewal and some slack").isLessThan(Duration.ofSeconds(30));
        assertThat(shared.count("select count(*) from voice")).as("each command applied once").isEqualTo(COMMANDS);
        assertThat(shared.count("select count(distinct text) from voice")).isEqualTo(COMMANDS);
        assertThat(telegram.highestConfirmed()).as("every update acknowledged").isEqualTo(COMMANDS);
        assertThat(telegram.mostConcurrentGetUpdates()).as("never two instances polling the bot").isEqualTo(1);
        assertThat(restarted.process().isAlive()).isTrue();

        List<FakeBotApi.Call> sent = new ArrayList<>(telegram.calls("sendMessage"));
        sent.sort(java.util.Comparator.comparing(FakeBotApi.Call::at));
        Map<String, Integer> times = new HashMap<>();
        for (FakeBotApi.Call call : sent) {
            times.merge(call.body().path("chat_id").asText() + "|" + call.body().path("text").asText(), 1, Integer::sum);
        }
        System.out.println("Replies sent twice (in flight at a kill): " + times.values().stream().filter(count -> count > 1).count());
        assertThat(times).as("every reply delivered").hasSize(COMMANDS);
        assertThat(times.values().stream().filter(count -> count > 1).count()).as("a reply in flight at each of the two kills")
                .isLessThanOrEqualTo(2);
        assertWithinLimits(sent);
    }

    @Test
    void instances_started_at_the_same_instant_migrate_once_and_elect_one_holder_per_duty() throws Exception {
        List<TresseProcess> three = List.of(run("a"), run("b"), run("c"));
        await().ignoreExceptions().atMost(Duration.ofMinutes(3)).until(() -> shared.count("select count(*) from lease") == 2);
        telegram.addUpdate(Fixtures.privateText(1, 77, "/avis bonjour"));
        await().ignoreExceptions().atMost(Duration.ofMinutes(1)).until(() -> shared.count("select count(*) from outbox where status = 'SENT'") == 1);
        assertThat(shared.strings("select owner from lease")).allSatisfy(owner -> assertThat(owner).isIn("a", "b", "c"));
        assertThat(shared.count("select count(*) from \"flyway_schema_history\" where not \"success\"")).isZero();
        assertThat(telegram.mostConcurrentGetUpdates()).isEqualTo(1);
        assertThat(telegram.calls("sendMessage")).hasSize(1);
        for (String duty : List.of(INTAKE, SENDING)) {
            // the instances share their data directory, and so tresse.log: its lines name the instance
            String logs = logOf(directories.get(0).getParent());
            long holders = List.of("a", "b", "c").stream().filter(name -> logs.contains("Instance " + name + " holds lease " + duty + " ")).count();
            assertThat(holders).as("instances that ever held %s", duty).isEqualTo(1);
        }
    }

    /**
     * No second with more than 10 replies to one chat nor more than 100 in all, counted where
     * Telegram counts them, on arrival (50 ms are left for the loaded machine's scheduling).
     */
    private static void assertWithinLimits(List<FakeBotApi.Call> sent) {
        Duration window = Duration.ofMillis(950);
        Map<String, List<Instant>> byChat = new HashMap<>();
        for (FakeBotApi.Call call : sent) {
            byChat.computeIfAbsent(call.body().path("chat_id").asText(), chat -> new ArrayList<>()).add(call.at());
        }
        byChat.forEach((chat, times) -> assertAtMost(times, 10, window, "chat " + chat));
        assertAtMost(sent.stream().map(FakeBotApi.Call::at).toList(), 100, window, "all chats");
    }

    private static void assertAtMost(List<Instant> times, int permits, Duration window, String where) {
        for (int index = permits; index < times.size(); index++) {
            assertThat(Duration.between(times.get(index - permits), times.get(index))).as("%d replies within %s in %s",
                    permits + 1, window, where).isGreaterThanOrEqualTo(window);
        }
    }
}
