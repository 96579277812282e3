package org.tresse.core.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
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
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Voice numbers (V17_5) come one after the other: none taken twice, none skipped by a rollback,
 * even when two instances on one database record voices at once.
 */
@StoreTest
class VoiceNumbersTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();

    private final Voices voices = new Voices(Clock.systemUTC(), ZoneId.of("Europe/Paris"));

    private long voice(Database database, String text) {
        return database.inTransaction(handle -> voices.leaveAnonymously(handle, text, List.of("café")).id());
    }

    private List<Long> numbers() {
        return db.database().inTransaction(handle -> handle.list("select id from voice order by id", row -> row.getLong(1)));
    }

    @Test
    void a_rolled_back_voice_leaves_no_gap_and_a_voice_written_with_its_own_number_is_passed() {
        assertThat(voice(db.database(), "Un banc de plus")).isEqualTo(1);
        assertThatThrownBy(() -> db.database().useTransaction(handle -> {
            assertThat(voices.leaveAnonymously(handle, "Perdu", List.of()).id()).isEqualTo(2);
            throw new IllegalStateException("the batch fails");
        })).hasMessageContaining("the batch fails");
        assertThat(voice(db.database(), "Une fontaine")).as("the number the rollback gave back").isEqualTo(2);
        db.database().useTransaction(handle -> handle.update("insert into voice (id, text, status, anonymous, created_on, announced, "
                + "sender_verified) values (9, 'importé', 'NEW', true, current_date, false, true)"));
        assertThat(voice(db.database(), "Des arbres")).isEqualTo(10);
    }

    @Test
    void two_instances_recording_voices_at_once_number_them_one_to_n_rollbacks_included() throws Exception {
        int threads = 6;
        int each = 12;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Database other = CoreDatabase.open(db.target())) {
            List<Database> instances = List.of(db.database(), other);
            List<Future<List<Long>>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                Database instance = instances.get(thread % 2);
                int t = thread;
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<Long> kept = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        if (n % 4 == 3) {
                            try {
                                instance.useTransaction(handle -> {
                                    voices.leaveAnonymously(handle, "annulé " + t, List.of());
                                    throw new IllegalStateException("rolled back");
                                });
                            } catch (IllegalStateException expected) {
                                // its number is given back
                            }
                        } else {
                            kept.add(voice(instance, "avis " + t + "-" + n));
                        }
                    }
                    return kept;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : done) {
                all.addAll(future.get(120, TimeUnit.SECONDS));
            }
            long committed = (long) threads * (each - each / 4);
            assertThat(all).as("each transaction's own number").doesNotHaveDuplicates().hasSize((int) committed);
            assertThat(numbers()).as("the committed voices, numbered 1 to n")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
