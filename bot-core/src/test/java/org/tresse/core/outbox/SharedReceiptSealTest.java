package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * Receipts sealed under keys every instance of one association opens: another instance sends what one
 * sealed; the database with the key directory but without the configured secret opens nothing; a key
 * no row needs is destroyed, and a copy of a row kept from before (a stale page, a backup) then opens
 * for no one.
 */
@StoreTest
class SharedReceiptSealTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    @TempDir
    Path keys;

    private final Instant start = Instant.parse("2024-03-02T09:00:00Z");
    private final byte[] secret = random(32);
    private final Destination amel = new Destination.Room("console", "amel", RoomKind.PRIVATE);

    @Test
    void a_receipt_sealed_by_one_instance_is_opened_by_another_and_by_nobody_without_the_secret() {
        Outbox a = outbox(secret, start);
        db.database().useTransaction(handle -> a.enqueue(handle, amel, Content.notice("Merci, avis anonyme"), Outbox.EPHEMERAL));
        String stored = db.database().inTransaction(handle -> handle.one("select content from outbox", row -> row.getString(1)).orElseThrow());
        assertThat(stored).startsWith(ReceiptSeal.PREFIX).doesNotContain("amel").doesNotContain("Merci");
        assertThat(count("select count(*) from outbox where room is not null or recipient is not null or room_kind is not null")).isZero();

        Outbox b = outbox(secret, start.plusSeconds(30));
        List<OutboxRow> seenByB = db.database().inTransaction(handle -> b.pending(handle, "console", 10));
        assertThat(seenByB).extracting(row -> row.outbound().content().text()).containsExactly("Merci, avis anonyme");
        assertThat(seenByB.get(0).outbound().destination()).isEqualTo(amel);

        Outbox withoutTheSecret = outbox(random(32), start.plus(Duration.ofHours(2)));
        assertThat(ReceiptSeal.shared(keys, random(32), Clock.systemUTC()).open(stored)).as("database and directory, not the secret").isEmpty();
        List<OutboxRow> seenWithout = db.database().inTransaction(handle -> withoutTheSecret.pending(handle, "console", 10));
        assertThat(seenWithout).isEmpty();
    }

    @Test
    void a_key_no_row_needs_is_destroyed_and_an_old_copy_of_a_row_then_opens_for_no_one() throws Exception {
        Outbox a = outbox(secret, start);
        db.database().useTransaction(handle -> a.enqueue(handle, amel, Content.notice("Merci, avis anonyme"), Outbox.EPHEMERAL));
        String staleCopy = db.database().inTransaction(handle -> handle.one("select content from outbox", row -> row.getString(1)).orElseThrow());
        assertThat(keyFiles()).hasSize(1);

        Outbox b = outbox(secret, start.plus(Duration.ofHours(3)));
        OutboxRow row = db.database().inTransaction(handle -> b.pending(handle, "console", 10)).get(0);
        assertThat(keyFiles()).as("kept while a row needs it, however old").hasSize(1);
        db.database().useTransaction(handle -> b.delivered(handle, row, "sent"));
        Outbox later = outbox(secret, start.plus(Duration.ofHours(3)).plusSeconds(1));
        db.database().inTransaction(handle -> later.pending(handle, "console", 10));

        assertThat(keyFiles()).as("destroyed once no row needs it").isEmpty();
        assertThat(ReceiptSeal.shared(keys, secret, Clock.systemUTC()).open(staleCopy)).as("even with the secret").isEmpty();
    }

    @Test
    void each_instance_seals_under_a_new_key_every_hour_and_a_recent_key_is_spared() throws Exception {
        MutableTime time = new MutableTime(start);
        ReceiptSeal seal = ReceiptSeal.shared(keys, secret, time);
        String first = seal.seal("un");
        time.now = start.plus(Duration.ofMinutes(59));
        assertThat(seal.seal("deux")).startsWith(first.substring(0, first.indexOf(':', ReceiptSeal.PREFIX.length()) + 1));
        time.now = start.plus(Duration.ofMinutes(61));
        String third = seal.seal("trois");
        assertThat(third).doesNotStartWith(first.substring(0, first.indexOf(':', ReceiptSeal.PREFIX.length()) + 1));
        assertThat(keyFiles()).hasSize(2);

        Outbox other = outbox(secret, start.plus(Duration.ofMinutes(90)));
        db.database().inTransaction(handle -> other.pending(handle, "console", 10));
        assertThat(keyFiles()).as("a key made less than two hours ago may still be sealing a row").hasSize(2);
        assertThat(seal.open(first)).contains("un");
        assertThat(seal.open("sealed:../../etc/passwd:AAAA")).isEmpty();
    }

    private Outbox outbox(byte[] key, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new Outbox(clock, ReceiptSeal.shared(keys, key, clock));
    }

    private List<Path> keyFiles() throws Exception {
        try (Stream<Path> files = Files.list(keys)) {
            return files.toList();
        }
    }

    private long count(String sql) {
        return db.database().inTransaction(handle -> handle.count(sql));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static final class MutableTime extends Clock {
        Instant now;

        MutableTime(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
