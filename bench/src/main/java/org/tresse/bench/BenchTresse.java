package org.tresse.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Channels;
import org.tresse.core.channel.Connector;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/** Tresse assembled as the app does it, on a benchmark's database and channels. */
final class BenchTresse {
    private BenchTresse() {}

    static Assembled on(Database database, Path dataDirectory, String bootstrapChannel, Backoff backoff, List<? extends Connector> channels) {
        return on(database, Clock.systemUTC(), dataDirectory, bootstrapChannel, backoff, channels);
    }

    static Assembled on(Database database, Clock clock, Path dataDirectory, String bootstrapChannel, Backoff backoff,
            List<? extends Connector> channels) {
        CoreServices core = CoreServices.create(database, clock,
                new CoreServices.Settings(ZoneId.of("Europe/Paris"), Language.FR, bootstrapChannel, backoff, Duration.ofSeconds(1)));
        Assembled assembled = Assembled.of(core, Channels.of(channels),
                Features.Settings.defaults(dataDirectory), features -> List.of());
        channels.forEach(channel -> core.delivery().add(channel, null));
        return assembled;
    }
}
