package org.tresse.commands.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.ChannelCapabilities.Ability;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.feature.Feature;
import org.tresse.core.message.Attachment;
import org.tresse.core.store.Handle;
import org.tresse.testkit.Delivered;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/**
 * On a channel that carries files, /rapport answers with the file itself (its name without the random
 * part); a file over what a message carries is answered with its link, saying why; on a channel without
 * files, the link as before.
 */
@StoreTest
class PrintedFileRepliesTest {
    private static final ChannelCapabilities FILES = ChannelCapabilities.of(4096, RateLimits.NONE, Ability.PRIVATE_MESSAGES, Ability.FILES);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;

    private int size = 40_000;

    private TestTresse tresse(ChannelCapabilities capabilities) {
        Printing printer = new Printing() {
            @Override
            public Printed report(Handle handle, ReportOrder order) {
                Path file = folder.resolve("rapport-" + order.from() + "-" + order.to() + "-0123456789abcdef01.pdf");
                try {
                    byte[] bytes = new byte[size];
                    Files.write(file, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new Printed(file, Optional.of("https://tresse.example.org/impressions/" + file.getFileName()));
            }

            @Override
            public Printed poster(Handle handle, PosterOrder order) {
                throw new UnsupportedOperationException();
            }
        };
        Features.Settings settings = WithCommands.settings();
        TestTresse tresse = TestTresse.on(db.database())
                .features((core, channels) -> {
                    List<Feature> all = new ArrayList<>(Features.build(core, channels, settings).all());
                    all.add(new PrintFeature(printer, core.zone()));
                    return all;
                })
                .handler(Assembled::handler)
                .capabilities(capabilities)
                .build();
        tresse.channel("console").say("ana", "/moi");
        return tresse;
    }

    @Test
    void a_channel_that_carries_files_gets_the_report_itself() {
        TestTresse tresse = tresse(FILES);
        MemoryChannel console = tresse.channel("console");

        console.say("ana", "/rapport --du 2024-03-01 --au 2024-06-30");

        Delivered reply = console.delivered().get(console.delivered().size() - 1);
        assertThat(reply.text()).isEqualTo("Voici le rapport, en pièce jointe : rapport-2024-03-01-2024-06-30.pdf (40 Ko).");
        Attachment file = reply.content().file().orElseThrow();
        assertThat(file.fileName()).isEqualTo("rapport-2024-03-01-2024-06-30.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.content()).hasSize(40_000);
        long stored = db.database().inTransaction(handle -> handle.count("select count(*) from outbox_file"));
        assertThat(stored).as("the file is deleted once sent").isZero();
    }

    @Test
    void a_file_over_what_a_message_carries_is_answered_with_its_link_saying_why() {
        TestTresse tresse = tresse(FILES);
        MemoryChannel console = tresse.channel("console");
        size = Attachment.MAX_FILE_BYTES + 1;

        console.say("ana", "/rapport --du 2024-03-01 --au 2024-06-30");

        Delivered reply = console.delivered().get(console.delivered().size() - 1);
        assertThat(reply.content().attachments()).isEmpty();
        assertThat(reply.text()).isEqualTo("Le fichier fait 5,1 Mo : trop lourd pour être joint à un message (au plus 5 Mo).\n"
                + "Le rapport est prêt : https://tresse.example.org/impressions/rapport-2024-03-01-2024-06-30-0123456789abcdef01.pdf");
    }

    @Test
    void a_channel_without_files_gets_the_link_as_before() {
        TestTresse tresse = tresse(ChannelCapabilities.plainText());
        MemoryChannel console = tresse.channel("console");

        console.say("ana", "/rapport --du 2024-03-01 --au 2024-06-30");

        assertThat(console.lastReplyTo("ana"))
                .isEqualTo("Le rapport est prêt : https://tresse.example.org/impressions/rapport-2024-03-01-2024-06-30-0123456789abcdef01.pdf");
        assertThat(console.delivered().get(console.delivered().size() - 1).content().attachments()).isEmpty();
    }
}
