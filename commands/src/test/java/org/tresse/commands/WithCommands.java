package org.tresse.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Channels;
import org.tresse.core.channel.Connector;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestTresse;

/** Tresse with every feature of the commands module, installed as the app installs them. */
public final class WithCommands {
    private WithCommands() {}

    /** A {@link TestTresse} that speaks every command of Tresse, with all their texts. */
    public static TestTresse.Builder tresse(Database database) {
        return tresse(database, settings());
    }

    /** The default settings, with the secret-ballot key in a data directory of this test's own under target/. */
    public static Features.Settings settings() {
        return Features.Settings.defaults(Path.of("target", "test-data", UUID.randomUUID().toString()));
    }

    public static TestTresse.Builder tresse(Database database, Features.Settings settings) {
        return TestTresse.on(database)
                .features((core, channels) -> Features.build(core, channels, settings).all())
                .handler(Assembled::handler);
    }

    /** The spine, the features and the engine on {@code channels}, each added to the delivery; for tests that run the real delivery threads. */
    public static Assembled wired(Database database, Clock clock, String bootstrapChannel, Backoff backoff, List<? extends Connector> channels) {
        CoreServices core = CoreServices.create(database, clock,
                new CoreServices.Settings(TestTresse.VILLAGE, Language.FR, bootstrapChannel, backoff, Duration.ofSeconds(1)));
        Assembled assembled = Assembled.of(core, Channels.of(channels), settings(), features -> List.of());
        channels.forEach(channel -> core.delivery().add(channel, null));
        return assembled;
    }
}
