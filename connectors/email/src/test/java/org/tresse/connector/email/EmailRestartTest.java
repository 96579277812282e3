package org.tresse.connector.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.store.Database;

/**
 * Kill -9 while mails flow, twice, then let a third run finish: every mail is handled exactly
 * once, counted in the database the killed processes wrote.
 */
/* A separate JVM that hangs must fail this test with a message, never hold the build. */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EmailRestartTest {
    private static final int BEFORE = 80;
    private static final int DURING = 50;
    private static final int TOTAL = BEFORE + DURING;

    @RegisterExtension
    static final GreenMailExtension greenMail = MailLab.greenMail();

    @TempDir
    Path directory;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicLong handled = new AtomicLong();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        processes.forEach(Process::destroyForcibly);
        for (Process process : processes) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
        threads.shutdownNow();
    }

    @Test
    void a_sigkill_neither_loses_nor_repeats_a_mail() throws Exception {
        for (int index = 0; index < BEFORE; index++) {
            send(index);
        }
        Process first = launch();
        awaitHandled(25);
        kill(first);

        Process second = launch();
        Future<?> flowing = threads.submit(() -> {
            for (int index = BEFORE; index < TOTAL; index++) {
                send(index);
            }
            return null;
        });
        awaitHandled(handled.get() + 30);
        kill(second);
        flowing.get(120, TimeUnit.SECONDS);

        Process third = launch();
        awaitHandled(TOTAL);
        // a little longer: a repeated mail would show now
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        kill(third);

        try (Database database = EmailRestartMain.open(directory)) {
            long rows = database.inTransaction(handle -> handle.count("select count(*) from handled"));
            long distinct = database.inTransaction(handle -> handle.count("select count(distinct text) from handled"));
            long logged = database.inTransaction(handle -> handle.count(
                    "select count(*) from inbound_log where channel = 'email'"));
            assertThat(rows).as("mails handled").isEqualTo(TOTAL);
            assertThat(distinct).as("different mails handled").isEqualTo(TOTAL);
            assertThat(logged).isEqualTo(TOTAL);
        }
    }

    /** Mail number {@code index}; one in five has no Message-ID, so only the UID cursor protects it. */
    private static void send(int index) throws Exception {
        var mail = MailLab.mail("habitant" + (index % 7) + "@example.org", MailLab.BOT, "/avis courrier " + index, "");
        if (index % 5 == 0) {
            MailLab.withMessageId(mail, null);
        }
        MailLab.send(greenMail, mail);
    }

    private Process launch() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmailRestartMain.class.getName(), directory.toString(),
                String.valueOf(greenMail.getImap().getPort()), String.valueOf(greenMail.getSmtp().getPort()));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        processes.add(process);
        threads.execute(() -> follow(process));
        return process;
    }

    private void follow(Process process) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("handled ")) {
                    handled.set(Long.parseLong(line.substring("handled ".length()).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process was killed
        }
    }

    private void awaitHandled(long count) {
        await().atMost(Duration.ofSeconds(120)).until(() -> handled.get() >= count);
    }

    private void kill(Process process) throws InterruptedException {
        System.out.println("killing at handled=" + handled.get() + " " + java.time.Instant.now());
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
}
