package org.tresse.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.message.Identity;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/** Person numbers come one after the other: none taken twice, none skipped by a rollback, even at once. */
@StoreTest
class PersonNumbersTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();

    private final People people = new People(Clock.systemUTC(), null, List::of);

    private long newcomer(String who) {
        return db.database().inTransaction(handle -> people.resolve(handle, new Identity("telegram", who), who).id());
    }

    private List<Long> numbers() {
        return db.database().inTransaction(handle -> handle.list("select id from person order by id", row -> row.getLong(1)));
    }

    @Test
    void a_rolled_back_newcomer_leaves_no_gap() {
        assertThat(newcomer("ana")).isEqualTo(1);
        assertThatThrownBy(() -> db.database().useTransaction(handle -> {
            assertThat(people.resolve(handle, new Identity("telegram", "ghost"), "Ghost").id()).isEqualTo(2);
            throw new IllegalStateException("the batch fails");
        })).hasMessageContaining("the batch fails");
        assertThat(newcomer("bea")).as("the number the rollback gave back").isEqualTo(2);
        assertThat(numbers()).containsExactly(1L, 2L);
    }

    @Test
    void a_person_written_with_its_own_number_is_never_numbered_again() {
        newcomer("ana");
        db.database().useTransaction(handle ->
                handle.update("insert into person (id, display_name, created_at) values (7, 'imported', current_timestamp)"));
        assertThat(newcomer("bea")).isEqualTo(8);
    }

    @Test
    void newcomers_created_at_once_get_distinct_numbers_without_gaps_rollbacks_included() throws Exception {
        int threads = 6;
        int each = 15;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int t = thread;
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<Long> kept = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        String who = t + "-" + n;
                        if (n % 3 == 2) {
                            try {
                                db.database().useTransaction(handle -> {
                                    people.resolve(handle, new Identity("telegram", who), who);
                                    throw new IllegalStateException("rolled back");
                                });
                            } catch (IllegalStateException expected) {
                                // its number is given back
                            }
                        } else {
                            kept.add(newcomer(who));
                        }
                    }
                    return kept;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> each1 : done) {
                all.addAll(each1.get(120, TimeUnit.SECONDS));
            }
            long committed = (long) threads * (each - each / 3);
            assertThat(all).as("each transaction's own number").doesNotHaveDuplicates().hasSize((int) committed);
            assertThat(numbers()).as("the committed persons, numbered 1 to n")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
