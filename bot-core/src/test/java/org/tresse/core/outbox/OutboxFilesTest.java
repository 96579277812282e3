package org.tresse.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.store.CoreDatabase;
import org.tresse.core.store.Database;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/** A file sent with a message: stored once with its rows, read back for the channels that carry files, the link elsewhere. */
@StoreTest
class OutboxFilesTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    private final Clock clock = Clock.systemUTC();
    private final byte[] pdf = new byte[3 * 1024 * 1024 + 17];
    private Database database;
    private Outbox outbox;
    private Delivery delivery;

    @BeforeEach
    void open() {
        new Random(16).nextBytes(pdf);
        database = db.database();
        outbox = new Outbox(clock);
        delivery = new Delivery(database, outbox, clock, new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), 4));
    }

    @AfterEach
    void close() {
        delivery.stop();
        database.close();
    }

    private Content report() {
        return Content.notice("Voici le rapport, en pièce jointe.")
                .withAttachments(List.of(Attachment.file("rapport.pdf", "application/pdf", pdf, "Le rapport est prêt : https://x/impressions/r")));
    }

    @Test
    void a_channel_that_carries_files_gets_the_same_bytes_and_the_file_is_deleted_once_every_row_is_sent() {
        Channel files = new Channel("files", true, outbound -> DeliveryResult.sent("m"));
        database.useTransaction(handle -> outbox.enqueueAll(handle, List.of(new Destination.Direct("files", "ana"),
                new Destination.Direct("files", "bea")), report(), "report"));
        assertThat(storedFiles()).isEqualTo(1);
        long longest = database.inTransaction(handle -> handle.count("select max(length(content)) from outbox"));
        assertThat(longest)
                .as("the rows keep no bytes").isLessThan(1000);

        delivery.add(files, null);
        delivery.start();
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(20)).until(() -> files.got.size() == 2);
        for (Outbound outbound : files.got) {
            Attachment file = outbound.content().file().orElseThrow();
            assertThat(file.content()).isEqualTo(pdf);
            assertThat(outbound.content().text()).isEqualTo("Voici le rapport, en pièce jointe.");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> storedFiles() == 0);
    }

    @Test
    void a_channel_without_files_says_what_the_file_says_instead() {
        Channel plain = new Channel("plain", false, outbound -> DeliveryResult.sent("m"));
        database.useTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("plain", "ana"), report(), null));
        delivery.add(plain, null);
        delivery.start();
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(20)).until(() -> plain.got.size() == 1);
        assertThat(plain.got.get(0).content().text()).isEqualTo("Le rapport est prêt : https://x/impressions/r");
        assertThat(plain.got.get(0).content().attachments()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> storedFiles() == 0);
    }

    @Test
    void a_file_the_channel_refuses_goes_as_its_link_once_and_stays_so_on_retries() {
        List<String> tried = new CopyOnWriteArrayList<>();
        Channel refusing = new Channel("files", true, outbound -> {
            boolean withFile = outbound.content().file().isPresent();
            tried.add(withFile ? "file" : outbound.content().text());
            if (withFile) {
                return new DeliveryResult.FileRefused(DeliveryFailure.of(DeliveryFailure.Reason.TOO_LARGE, 413));
            }
            // the first try without the file fails too: the retry must not try the file again
            return tried.size() == 2 ? new DeliveryResult.Transient(DeliveryFailure.of(DeliveryFailure.Reason.UNAVAILABLE, 502)) : DeliveryResult.sent("m");
        });
        long id = database.inTransaction(handle -> outbox.enqueue(handle, new Destination.Direct("files", "ana"), report(), null));
        delivery.add(refusing, null);
        delivery.start();
        outbox.wakeUp();

        await().atMost(Duration.ofSeconds(20)).until(() -> database.inTransaction(handle -> outbox.find(handle, id))
                .map(row -> row.status() == OutboxStatus.SENT).orElse(false));
        assertThat(tried).containsExactly("file", "Le rapport est prêt : https://x/impressions/r",
                "Le rapport est prêt : https://x/impressions/r");
        assertThat(storedFiles()).isZero();
    }

    @Test
    void a_file_over_the_cap_is_refused_when_written() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Attachment.file("gros.pdf", "application/pdf",
                new byte[Attachment.MAX_FILE_BYTES + 1], null)).isInstanceOf(IllegalArgumentException.class);
    }

    private long storedFiles() {
        return database.inTransaction(handle -> handle.count("select count(*) from outbox_file"));
    }

    private static final class Channel implements Connector {
        final List<Outbound> got = new CopyOnWriteArrayList<>();
        private final String name;
        private final boolean files;
        private final Function<Outbound, DeliveryResult> behaviour;

        Channel(String name, boolean files, Function<Outbound, DeliveryResult> behaviour) {
            this.name = name;
            this.files = files;
            this.behaviour = behaviour;
        }

        @Override
        public String channel() {
            return name;
        }

        @Override
        public ChannelCapabilities capabilities() {
            return files ? ChannelCapabilities.of(4096, RateLimits.NONE, ChannelCapabilities.Ability.PRIVATE_MESSAGES,
                    ChannelCapabilities.Ability.FILES) : ChannelCapabilities.plainText();
        }

        @Override
        public void start(InboundSink sink) {}

        @Override
        public DeliveryResult deliver(Outbound outbound) {
            DeliveryResult result = behaviour.apply(outbound);
            if (result instanceof DeliveryResult.Sent) {
                got.add(outbound);
            }
            return result;
        }

        @Override
        public void stop() {}
    }
}
