package org.tresse.core.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * One holder per lease at every instant: taken when free, renewed, taken over once expired (never
 * before its holder stopped acting), given back at stop; instances started together agree on one.
 */
@StoreTest
class LeasesTest {
    private static final Duration TIME = Duration.ofSeconds(15);

    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();

    private final TestClock clock = new TestClock(Instant.parse("2024-03-02T09:00:00Z"));

    private DatabaseLeases instance(String name) {
        return new DatabaseLeases(db.database(), clock, new LeaseSettings(name, TIME));
    }

    @Test
    void a_free_lease_is_taken_renewed_and_taken_over_only_after_its_holder_stopped_acting() throws Exception {
        DatabaseLeases a = instance("a");
        DatabaseLeases b = instance("b");
        Lease onA = a.lease("intake:telegram:1");
        Lease onB = b.lease("intake:telegram:1");
        a.round();
        b.round();
        long first = onA.await(Duration.ZERO).orElseThrow();
        assertThat(onB.await(Duration.ZERO)).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        a.round();
        b.round();
        assertThat(onA.holds(first)).as("renewed").isTrue();

        // a dies: no renewal. It stops acting 10 s after its last renewal, b may take over only after 15 s.
        for (int second = 1; second <= 16; second++) {
            clock.advance(Duration.ofSeconds(1));
            b.round();
            boolean aActs = onA.holds(first);
            OptionalLong bTerm = onB.await(Duration.ZERO);
            assertThat(aActs && bTerm.isPresent()).as("two holders %d s after a's renewal", second).isFalse();
            assertThat(aActs).isEqualTo(second < 10);
            assertThat(bTerm.isPresent()).isEqualTo(second >= 15);
        }
        assertThat(onB.await(Duration.ZERO)).hasValue(first + 1);
        assertThat(b.holders()).singleElement().satisfies(holder -> assertThat(holder.owner()).isEqualTo("b"));

        a.round();
        assertThat(onA.await(Duration.ZERO)).as("a, back, stands by").isEmpty();
    }

    @Test
    void a_lease_given_back_at_stop_is_taken_at_the_next_try() throws Exception {
        DatabaseLeases a = instance("a");
        DatabaseLeases b = instance("b");
        a.round();
        Lease onA = a.lease("delivery:telegram");
        assertThat(onA.await(Duration.ZERO)).isPresent();
        Lease onB = b.lease("delivery:telegram");
        assertThat(onB.await(Duration.ZERO)).isEmpty();
        a.stop();
        assertThat(onB.await(Duration.ZERO)).as("b not started: tried on its thread").hasValue(2);
        assertThat(b.status()).isEqualTo("delivery:telegram → b (term 2)");
    }

    @Test
    void instances_started_at_the_same_instant_agree_on_one_holder_per_lease() throws Exception {
        int instances = 6;
        List<String> names = List.of("intake:telegram:1", "intake:matrix:@bot:example.org", "delivery:telegram", "delivery:email");
        List<DatabaseLeases> all = new ArrayList<>();
        for (int index = 0; index < instances; index++) {
            DatabaseLeases leases = instance("i" + index);
            names.forEach(leases::lease);
            all.add(leases);
        }
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (DatabaseLeases leases : all) {
                rounds.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    try {
                        leases.round();
                    } catch (RuntimeException lostARace) {
                        // H2 tells a concurrent first insert as a unique violation: that instance tries again next round
                    }
                    return null;
                }));
            }
            for (Future<?> round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        for (DatabaseLeases leases : all) {
            leases.round();
        }
        for (String name : names) {
            List<String> holders = new ArrayList<>();
            for (DatabaseLeases leases : all) {
                if (leases.lease(name).await(Duration.ZERO).isPresent()) {
                    holders.add(leases.instance());
                }
            }
            assertThat(holders).as(name).hasSize(1);
            assertThat(all.get(0).holders()).filteredOn(holder -> holder.name().equals(name))
                    .singleElement().satisfies(holder -> assertThat(holder.owner()).isEqualTo(holders.get(0)));
        }
    }

    @Test
    void alone_on_its_database_an_instance_holds_every_lease_and_writes_nothing() throws Exception {
        LocalLeases alone = new LocalLeases("raspberry");
        assertThat(alone.lease("intake:telegram:1").await(Duration.ZERO)).hasValue(1);
        assertThat(alone.shared()).isFalse();
        long rows = db.database().inTransaction(handle -> handle.count("select count(*) from lease"));
        assertThat(rows).isZero();
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
