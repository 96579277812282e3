package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A row held past H2's lock timeout (a Telegram batch holding the person number while a mail's
 * newcomer waits) fails the waiting transaction only: H2 wraps its MVStoreException in it, which
 * must not read as the store lost (that stops Tresse). H2 only: PostgreSQL waits with no timeout.
 */
class LockTimeoutTest {
    @Test
    void a_lock_waited_for_too_long_fails_that_transaction_and_loses_nothing() throws Exception {
        try (Database database = Database.inMemory("locks-" + UUID.randomUUID(), List.of())) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = thread.submit(() -> database.useTransaction(handle -> {
                    handle.update("update person_number set last_number = last_number + 1 where id = 1");
                    holding.countDown();
                    await(release);
                }));
                assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
                Throwable waited = catchThrowable(() -> database.useTransaction(handle ->
                        handle.update("update person_number set last_number = last_number + 1 where id = 1")));
                assertThat(waited).isInstanceOf(StorageException.class);
                assertThat(Database.isLost(waited)).as("a lock timeout is not a lost store").isFalse();
                release.countDown();
                holder.get(30, TimeUnit.SECONDS);
                long number = database.inTransaction(handle -> handle.count("select last_number from person_number"));
                assertThat(number).as("the store still answers").isEqualTo(1);
            } finally {
                release.countDown();
                thread.shutdownNow();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
