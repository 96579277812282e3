package org.tresse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Channels;
import org.tresse.core.channel.Connector;
import org.tresse.core.engine.Engine;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;

/**
 * Tresse put together from its configuration, in one place and in plain code: the spine, the
 * channels, every feature (installed once), the command router and the engine. {@code tresse run}
 * and {@code tresse export} use the same assembly; building it starts no thread.
 */
final class Assembly {
    private final CoreServices core;
    private final List<Connector> connectors;
    private final Features features;
    private final Engine engine;

    private Assembly(CoreServices core, List<Connector> connectors, Features features, Engine engine) {
        this.core = core;
        this.connectors = connectors;
        this.features = features;
        this.engine = engine;
    }

    /**
     * @param console the terminal, when the console channel may run; null for a tool with no channel
     */
    static Assembly of(TresseConfig config, Database database, Clock clock, ConsoleIo console, Runnable onConsoleEnd) {
        boolean withChannels = console != null;
        CoreServices core = CoreServices.create(database, clock, new CoreServices.Settings(config.association().timezone(),
                Language.parse(config.association().language().code()).orElse(Language.FR),
                withChannels && config.channels().consoleEnabled() ? "console" : null, Backoff.DEFAULT, Duration.ofSeconds(1)));
        List<Connector> connectors = withChannels ? ConnectorWiring.connectors(config, core, console, onConsoleEnd) : List.of();
        Assembled assembled = Assembled.of(core, Channels.of(connectors), settings(config), List.of());
        return new Assembly(core, List.copyOf(connectors), assembled.features(), assembled.engine());
    }

    private static Features.Settings settings(TresseConfig config) {
        return new Features.Settings(
                SecretBallotKey.inDirectory(DataDirectoryLock.directoryOf(config.storage().url()).orElse(Path.of("data"))),
                VoiceSettings.defaults(),
                new AnnouncementSettings(config.digest().every(), AnnouncementSettings.ALL_CHANNELS));
    }

    CoreServices core() {
        return core;
    }

    List<Connector> connectors() {
        return connectors;
    }

    Features features() {
        return features;
    }

    Engine engine() {
        return engine;
    }
}
