package org.tresse.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import org.tresse.commands.CommandSettings;
import org.tresse.commands.TresseCommands;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.config.Rate;
import org.tresse.config.RateLimitSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.Core;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.engine.Engine;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Tresse: database, core, commands, connectors, delivery and scheduler, wired in
 * plain code. {@link #stop()} stops intake first, lets in-flight work finish, then closes.
 */
public final class TresseApp {
    private static final Logger log = LoggerFactory.getLogger(TresseApp.class);

    private final Database database;
    private final Core core;
    private final Engine engine;
    private final List<Connector> connectors;

    private TresseApp(Database database, Core core, Engine engine, List<Connector> connectors) {
        this.database = database;
        this.core = core;
        this.engine = engine;
        this.connectors = connectors;
    }

    /** Opens the database and starts everything; {@code onConsoleEnd} runs when the console's input ends. */
    public static TresseApp start(TresseConfig config, ConsoleIo console, Clock clock, Runnable onConsoleEnd) {
        Database database = Database.open(config.storage().url(), config.storage().user(), config.storage().password(),
                ConnectorWiring.migrations(config));
        try {
            Language language = Language.parse(config.association().language().code()).orElse(Language.FR);
            I18n i18n = new I18n(language, PrintWiring.bundles(TresseCommands.BUNDLES));
            Core core = new Core(database, clock, config.association().timezone(), i18n,
                    config.channels().consoleEnabled() ? "console" : null, Backoff.DEFAULT, Duration.ofSeconds(1));
            ConfigApplier.apply(config, core);
            Path dataDirectory = DataDirectoryLock.directoryOf(config.storage().url()).orElse(Path.of("data"));
            CommandSettings commandSettings = new CommandSettings(dataDirectory, VoiceSettings.defaults(),
                    new AnnouncementSettings(config.digest().every(), AnnouncementSettings.ALL_CHANNELS),
                    PrintWiring.of(config, core, i18n, dataDirectory, Optional.empty()).printing());
            Engine engine = core.engine(TresseCommands.router(core, commandSettings));
            List<Connector> connectors = ConnectorWiring.connectors(config, core, console, onConsoleEnd);
            for (Connector connector : connectors) {
                core.delivery().add(connector, limits(config.delivery().rateLimitsFor(connector.channel())));
            }
            TresseApp app = new TresseApp(database, core, engine, connectors);
            app.startAll(config);
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void startAll(TresseConfig config) {
        core.scheduler().start();
        core.delivery().start();
        List<Connector> started = new ArrayList<>();
        for (Connector connector : connectors) {
            try {
                connector.start(engine);
                started.add(connector);
            } catch (RuntimeException e) {
                log.error("The {} channel could not start; Tresse goes on without it", connector.channel(), e);
            }
        }
        log.info("{} is running: channels {}", config.association().name(), started.stream().map(Connector::channel).toList());
    }

    public Core core() {
        return core;
    }

    /** Stops intake, finishes in-flight work (the transaction in progress commits), closes. */
    public void stop() {
        log.info("Stopping");
        for (Connector connector : connectors) {
            try {
                connector.stop();
            } catch (RuntimeException e) {
                log.warn("Stopping the {} channel failed", connector.channel(), e);
            }
        }
        core.scheduler().stop();
        core.delivery().stop();
        database.close();
        log.info("Stopped");
    }

    static RateLimits limits(RateLimitSettings settings) {
        if (settings == null) {
            return null;
        }
        return new RateLimits(limit(settings.overall()), limit(settings.perChat()), limit(settings.perGroup()));
    }

    private static RateLimit limit(Rate rate) {
        return rate == null ? null : new RateLimit(rate.permits(), rate.period());
    }
}
