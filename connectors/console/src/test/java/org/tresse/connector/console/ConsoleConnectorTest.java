package org.tresse.connector.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.engine.Engine;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Cursor;
import org.tresse.core.message.Inbound;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.StorageException;
import org.tresse.testkit.MutableClock;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;

/** The console from a pipe: each line from the current speaker, {@code :as} switches, replies before exit. */
class ConsoleConnectorTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void a_piped_session_is_answered_line_by_line_and_ends_after_the_last_reply() throws Exception {
        String session = "hello\n:as bob\nsalut\n:as pas de nom\n:aide\n:as ana\n:quitter\nnever read\n";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        CoreServices core = CoreServices.create(db.database(), MutableClock.atVillageMorning(),
                new CoreServices.Settings(TestTresse.VILLAGE, Language.FR, "console", Backoff.DEFAULT, Duration.ofSeconds(1)));
        core.installation().install(List.of());
        Engine engine = core.engine(conversation -> conversation.reply(conversation.person().displayName() + " a dit "
                + conversation.inbound().text().orElse("")));
        ConsoleConnector console = new ConsoleConnector(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), "ana", false, core.delivery()::awaitIdle, ended::countDown);
        core.delivery().add(console, null);
        core.delivery().start();
        try {
            console.start(engine);
            assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            console.stop();
            core.delivery().stop();
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("[tresse → ana] ana a dit hello");
        assertThat(output).contains("[tresse → bob] bob a dit salut");
        assertThat(output.indexOf("ana a dit hello")).isLessThan(output.indexOf("bob a dit salut"));
        assertThat(output).contains("Écrivez :as NOM").contains(":as NOM   parler en tant qu’une autre personne");
        assertThat(output).doesNotContain("ana> ");
        assertThat(output).contains("Vous parlez maintenant en tant que bob.").contains("Vous parlez maintenant en tant qu’ana.");
        assertThat(output).contains("Ctrl-D    quitter, ou :quitter").doesNotContain("never read");
    }

    @Test
    void a_line_that_throws_anything_is_answered_and_the_next_line_is_read() throws Exception {
        String session = "poison\nhello\nstorage\nsalut\n";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        List<String> received = new CopyOnWriteArrayList<>();
        InboundSink sink = new InboundSink() {
            @Override
            public Receipt receive(Inbound inbound) {
                String text = inbound.text().orElse("");
                received.add(text);
                if (text.equals("poison")) {
                    throw new StackOverflowError();
                }
                if (text.equals("storage")) {
                    throw new StorageException("database down", null);
                }
                return Receipt.PROCESSED;
            }

            @Override
            public Optional<String> cursor(String channel, String key) {
                return Optional.empty();
            }

            @Override
            public void saveCursor(String channel, Cursor cursor) {}
        };
        ConsoleConnector console = new ConsoleConnector(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), "ana", false, (channel, timeout) -> true, ended::countDown);
        console.start(sink);
        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        console.stop();
        assertThat(received).containsExactly("poison", "hello", "storage", "salut");
        assertThat(printed.toString(StandardCharsets.UTF_8).split("Erreur interne", -1)).hasSize(3);
    }

    @Test
    void interactive_mode_prints_a_prompt() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        ConsoleConnector console = new ConsoleConnector(new ByteArrayInputStream(new byte[0]),
                new PrintStream(printed, true, StandardCharsets.UTF_8), "ana", true, (channel, timeout) -> true, ended::countDown);
        console.start(null);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> printed.toString(StandardCharsets.UTF_8).contains("ana> "));
        console.stop();
    }

    @Test
    void an_english_speaking_association_gets_its_console_in_english() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        ConsoleConnector console = new ConsoleConnector(new ByteArrayInputStream(":as bob\n:as two words\n:help\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), "ana", false, (channel, timeout) -> true, ended::countDown,
                org.tresse.core.i18n.Language.EN);
        console.start(null);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        console.stop();

        assertThat(printed.toString(StandardCharsets.UTF_8).split("\n")).contains(
                "Tresse — console. Type /help for the commands, :help for the console. (:aide en français)",
                "[console] You now speak as bob.",
                "[console] Write :as NAME, with a name without spaces (letters, digits, . _ -). Example: :as bob",
                "[console] Each line is a message from the current person (bob).");
    }
}
