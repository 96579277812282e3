package org.tresse.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/** Due times are rows: they survive a restart, and late work runs when Tresse is back. */
@StoreTest
class SchedulerTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    private Database database;

    @BeforeEach
    void open() {
        database = db.database();
    }

    @Test
    void a_job_runs_once_when_due_even_after_a_restart_and_late() {
        Instant start = Instant.parse("2024-03-02T09:00:00Z");
        Scheduler before = scheduler(Clock.fixed(start, ZoneOffset.UTC), new CopyOnWriteArrayList<>());
        database.useTransaction(handle -> before.schedule(handle, "poll.close", "12", start.plus(Duration.ofHours(2))));
        assertThat(before.runDue()).isZero();

        List<String> ran = new CopyOnWriteArrayList<>();
        Scheduler after = scheduler(Clock.fixed(start.plus(Duration.ofDays(1)), ZoneOffset.UTC), ran);
        assertThat(after.runDue()).isEqualTo(1);
        assertThat(after.runDue()).isZero();
        assertThat(ran).containsExactly("12");
    }

    @Test
    void a_failing_job_is_retried_later_and_does_not_block_the_others() {
        Instant start = Instant.parse("2024-03-02T09:00:00Z");
        List<String> ran = new CopyOnWriteArrayList<>();
        Map<String, JobHandler> handlers = Map.of(
                "fails", (handle, job) -> {
                    throw new StackOverflowError(); // any Throwable: the job's own problem
                },
                "works", (handle, job) -> ran.add(job.reference()));
        Scheduler scheduler = new Scheduler(database, Clock.fixed(start, ZoneOffset.UTC), new Outbox(Clock.systemUTC()), Duration.ofSeconds(1),
                () -> handlers);
        database.useTransaction(handle -> {
            scheduler.schedule(handle, "fails", "a", start);
            scheduler.schedule(handle, "works", "b", start);
        });
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(ran).containsExactly("b");
        long retries = database.inTransaction(handle -> handle.count(
                "select count(*) from scheduled_job where kind = 'fails' and done_at is null and attempts = 1 and due_at > ?", start));
        assertThat(retries).isEqualTo(1);
    }

    @Test
    void a_cancelled_job_never_runs() {
        Instant start = Instant.parse("2024-03-02T09:00:00Z");
        List<String> ran = new CopyOnWriteArrayList<>();
        Scheduler scheduler = scheduler(Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC), ran);
        database.useTransaction(handle -> {
            scheduler.schedule(handle, "poll.close", "7", start);
            assertThat(scheduler.cancel(handle, "poll.close", "7")).isEqualTo(1);
        });
        assertThat(scheduler.runDue()).isZero();
        assertThat(ran).isEmpty();
    }

    @Test
    void instances_running_due_jobs_together_run_each_once_and_skip_the_one_in_progress() throws Exception {
        Instant start = Instant.parse("2024-03-02T09:00:00Z");
        Clock clock = Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        Map<String, JobHandler> handlers = Map.of(
                "slow", (handle, job) -> {
                    ran.add("slow");
                    slowStarted.countDown();
                    try {
                        otherDone.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "quick", (handle, job) -> ran.add(job.reference()));
        Scheduler first = new Scheduler(database, clock, new Outbox(clock), Duration.ofSeconds(1), () -> handlers);
        database.useTransaction(handle -> {
            first.schedule(handle, "slow", "s", start);
            for (int index = 0; index < 20; index++) {
                first.schedule(handle, "quick", "q" + index, start.plusSeconds(1));
            }
        });
        try (Database otherPool = CoreDatabase.open(db.target())) {
            Scheduler second = new Scheduler(otherPool, clock, new Outbox(clock), Duration.ofSeconds(1), () -> handlers);
            CompletableFuture<Integer> byFirst = CompletableFuture.supplyAsync(first::runDue);
            assertThat(slowStarted.await(60, TimeUnit.SECONDS)).isTrue();
            // the slow job's row is locked by the first instance's transaction: the second skips it, it does not wait
            int bySecond = second.runDue();
            otherDone.countDown();
            assertThat(bySecond).isEqualTo(20);
            assertThat(byFirst.get(60, TimeUnit.SECONDS)).as("the quick ones were done meanwhile").isEqualTo(1);
        }
        assertThat(ran).hasSize(21).doesNotHaveDuplicates();
        long pending = database.inTransaction(handle -> handle.count("select count(*) from scheduled_job where done_at is null"));
        assertThat(pending).isZero();
    }

    private Scheduler scheduler(Clock clock, List<String> ran) {
        Map<String, JobHandler> handlers = Map.of("poll.close", (handle, job) -> ran.add(job.reference()));
        return new Scheduler(database, clock, new Outbox(clock), Duration.ofSeconds(1), () -> handlers);
    }
}
