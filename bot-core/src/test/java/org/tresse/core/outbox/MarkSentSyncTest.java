package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.outbox.DeliveryTest.FakeChannel;
import org.tresse.core.store.Database;
import org.tresse.core.store.SyncCountingFiles;

/**
 * On the embedded H2 file (H2 only: the fsyncs are counted at the file, {@link SyncCountingFiles}):
 * recording that a message went out does not wait for the disk; recording that one failed for good
 * still does, and so does the transaction that wrote the rows.
 */
class MarkSentSyncTest {
    private static final int ROWS = 12;
    /** The send (from 0) the channel refuses for good. */
    private static final int REFUSED = 4;

    @TempDir
    Path directory;

    @Test
    void a_message_marked_sent_costs_no_fsync_and_a_message_given_up_one() {
        Clock clock = Clock.systemUTC();
        Outbox outbox = new Outbox(clock);
        List<Long> syncsAtEachSend = Collections.synchronizedList(new ArrayList<>());
        try (Database database = Database.open(SyncCountingFiles.url(directory.resolve("tresse")), "sa", "", List.of())) {
            long before = SyncCountingFiles.byThisThread();
            database.useTransaction(handle -> {
                for (int index = 0; index < ROWS; index++) {
                    outbox.enqueue(handle, new Destination.Room("fake", "room", RoomKind.GROUP), Content.notice("message " + index), "test");
                }
            });
            assertThat(SyncCountingFiles.byThisThread() - before).as("the rows' transaction waited for the disk").isEqualTo(1);

            FakeChannel channel = new FakeChannel(RateLimits.NONE, outbound -> {
                // on the delivery thread, before each send: what that thread synced so far
                syncsAtEachSend.add(SyncCountingFiles.byThisThread());
                return syncsAtEachSend.size() - 1 == REFUSED ? new DeliveryResult.Permanent(org.tresse.core.channel.DeliveryFailure.Reason.REFUSED)
                        : new DeliveryResult.Sent("m" + outbound.id());
            });
            Delivery delivery = new Delivery(database, outbox, clock, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 4));
            delivery.add(channel, null);
            delivery.start();
            try {
                await().atMost(Duration.ofMinutes(1)).until(() -> syncsAtEachSend.size() == ROWS);
                assertThat(delivery.awaitIdle("fake", Duration.ofMinutes(1))).isTrue();
            } finally {
                delivery.stop();
            }
            // one pass sends the twelve rows in order: between two sends, the worker only records the first
            List<Long> recorded = new ArrayList<>();
            for (int index = 1; index < ROWS; index++) {
                recorded.add(syncsAtEachSend.get(index) - syncsAtEachSend.get(index - 1));
            }
            List<Long> expected = new ArrayList<>(Collections.nCopies(ROWS - 1, 0L));
            expected.set(REFUSED, 1L);
            assertThat(recorded).as("fsyncs of each row's record, the fifth given up").isEqualTo(expected);
            List<String> statuses = database.inTransaction(handle -> handle.list("select status from outbox order by id", row -> row.getString(1)));
            assertThat(statuses).hasSize(ROWS).containsOnly("SENT", "FAILED").filteredOn("FAILED"::equals).hasSize(1);
        }
    }
}
