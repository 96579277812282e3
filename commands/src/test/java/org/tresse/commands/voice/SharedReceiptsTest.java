package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tresse.commands.WithCommands;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.outbox.ReceiptSeal;
import org.tresse.core.store.Database;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * Two instances of one association on one database (issue 18): instance A records an anonymous voice
 * and dies before its receipt could be sent; instance B sends it, once. Meanwhile what the database
 * holds names no one beside the voice, and the database with the shared key directory, without the
 * configured secret, opens nothing.
 */
@StoreTest
class SharedReceiptsTest {
    private static final String VOICE = "Le bureau ne nous écoute pas";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path shared;

    private final MutableClock clock = MutableClock.atVillageMorning();
    private final byte[] secret = new byte[32];
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger tresseLogger = (Logger) LoggerFactory.getLogger("org.tresse");
    private Level levelBefore;

    @BeforeEach
    void listen() {
        new SecureRandom().nextBytes(secret);
        levelBefore = tresseLogger.getLevel();
        tresseLogger.setLevel(Level.DEBUG);
        logs.start();
        tresseLogger.addAppender(logs);
    }

    @AfterEach
    void stopListening() {
        tresseLogger.detachAppender(logs);
        tresseLogger.setLevel(levelBefore);
    }

    private TestTresse instance(String name, Database database) {
        return WithCommands.tresse(database).clock(clock)
                .sharing(new LeaseSettings(name, Duration.ofSeconds(3)), ReceiptSeal.shared(shared.resolve("receipt-keys"), secret, clock))
                .build();
    }

    @Test
    void a_receipt_sealed_by_an_instance_that_died_is_sent_once_by_another_and_the_database_names_no_one() throws Exception {
        Database poolOfA = db.reopen();
        TestTresse a = instance("a", poolOfA);
        a.channel("console").say("ana", "/moi");
        a.channel("console").say("amel", "/moi");
        a.channel("console").behave(outbound -> new DeliveryResult.Transient(DeliveryFailure.Reason.NETWORK));
        logs.list.clear();
        a.channel("console").say("amel", "/avis --anonyme " + VOICE);
        assertThat(a.channel("console").repliesTo("amel")).as("A could not send it").noneMatch(text -> text.contains("anonyme"));
        poolOfA.close(); // A dies

        assertThat(count("select count(*) from outbox where correlation = 'ephemeral' and status = 'PENDING'")).isEqualTo(1);
        assertThat(count("select count(*) from voice where anonymous = true and person_id is null and sender is null and room is null "
                + "and event_id is null")).isEqualTo(1);
        assertThat(count("select count(*) from outbox where correlation = 'ephemeral' and (room is not null or recipient is not null "
                + "or room_kind is not null or content like '%amel%' or content like '%anonyme%')")).isZero();
        Map<String, List<String>> naming = cellsContaining("amel");
        assertThat(naming.keySet()).as("tables naming amel").isSubsetOf("person", "identity", "inbound_log", "outbox");
        assertThat(naming.values().stream().flatMap(List::stream)).as("rows naming amel").noneMatch(row -> row.contains(VOICE)
                || row.contains("ephemeral") || row.contains("sealed:"));
        String sealed = database().inTransaction(handle -> handle.one("select content from outbox where correlation = 'ephemeral'",
                row -> row.getString(1)).orElseThrow());
        byte[] otherSecret = new byte[32];
        new SecureRandom().nextBytes(otherSecret);
        assertThat(ReceiptSeal.shared(shared.resolve("receipt-keys"), otherSecret, clock).open(sealed))
                .as("the database and the key directory, without the configured secret").isEmpty();

        clock.advance(Duration.ofMinutes(2)); // A's lease and the row's retry time are past
        TestTresse b = instance("b", database());
        b.deliverAll();
        b.deliverAll();
        assertThat(b.channel("console").repliesTo("amel")).filteredOn(text -> text.contains("avis anonyme est transmis")).hasSize(1);
        assertThat(count("select count(*) from outbox where correlation = 'ephemeral'")).as("deleted once delivered").isZero();

        b.advance(Duration.ofHours(3));
        assertThat(keyFiles()).as("the receipt key, needed by no row, is destroyed").isEmpty();
        assertThat(ReceiptSeal.shared(shared.resolve("receipt-keys"), secret, clock).open(sealed))
                .as("an old copy of the row (a stale page, a backup) then opens for no one").isEmpty();

        String secretText = Base64.getEncoder().encodeToString(secret);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("amel") || line.contains(secretText) || line.contains(sealed.substring(20)));
    }

    private Database database() {
        return db.database();
    }

    private long count(String sql) {
        return database().inTransaction(handle -> handle.count(sql));
    }

    private List<Path> keyFiles() throws Exception {
        try (Stream<Path> files = Files.list(shared.resolve("receipt-keys"))) {
            return files.toList();
        }
    }

    /** Every row of every table whose text holds {@code word}, as one line of its cells, by table. */
    private Map<String, List<String>> cellsContaining(String word) {
        return database().inTransaction(handle -> {
            List<String> tables = handle.list("select table_name from information_schema.tables where lower(table_schema) = 'public' "
                    + "and lower(table_type) in ('base table', 'table')", row -> row.getString(1).toLowerCase(java.util.Locale.ROOT));
            Map<String, List<String>> found = new TreeMap<>();
            for (String table : tables) {
                if (table.startsWith("flyway")) {
                    continue;
                }
                for (String line : handle.list("select * from " + table, row -> {
                    ResultSetMetaData meta = row.getMetaData();
                    List<String> cells = new ArrayList<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        cells.add(String.valueOf(row.getObject(column)));
                    }
                    return String.join(" | ", cells);
                })) {
                    if (line.contains(word)) {
                        found.computeIfAbsent(table, any -> new ArrayList<>()).add(line);
                    }
                }
            }
            return found;
        });
    }
}
