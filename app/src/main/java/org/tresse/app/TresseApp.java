package org.tresse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.Rate;
import org.tresse.config.RateLimitSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.poll.BallotKeyCheck;
import org.tresse.core.store.Database;

/**
 * A running Tresse: the {@link Assembly} started — scheduler, delivery, then each channel. {@link #stop()}
 * stops intake first, lets in-flight work finish, then closes.
 */
public final class TresseApp {
    private static final Logger log = LoggerFactory.getLogger(TresseApp.class);

    private final Database database;
    private final Assembly assembly;

    private TresseApp(Database database, Assembly assembly) {
        this.database = database;
        this.assembly = assembly;
    }

    /** Opens the database and starts everything; {@code onConsoleEnd} runs when the console's input ends. */
    public static TresseApp start(TresseConfig config, ConsoleIo console, Clock clock, Runnable onConsoleEnd) {
        Database database = Database.open(config.storage().url(), config.storage().user(), config.storage().password(),
                ConnectorWiring.migrations(config));
        try {
            Path dataDirectory = Assembly.dataDirectory(config);
            // before any message: the secret ballots' keys are there and right, or Tresse does not start
            BallotKeyCheck.atStart(database, dataDirectory, clock);
            Assembly assembly = Assembly.of(config, database, clock, console, onConsoleEnd);
            ConfigApplier.apply(config, assembly.core());
            for (Connector connector : assembly.connectors()) {
                assembly.core().delivery().add(connector, limits(config.delivery().rateLimitsFor(connector.channel())));
            }
            TresseApp app = new TresseApp(database, assembly);
            app.startAll(config);
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void startAll(TresseConfig config) {
        CoreServices core = assembly.core();
        core.leases().start();
        core.scheduler().start();
        core.delivery().start();
        List<Connector> started = new ArrayList<>();
        for (Connector connector : assembly.connectors()) {
            try {
                connector.start(assembly.engine());
                started.add(connector);
            } catch (RuntimeException e) {
                log.error("The {} channel could not start; Tresse goes on without it", connector.channel(), e);
            }
        }
        log.info("{} is running: channels {}", config.association().name(), started.stream().map(Connector::channel).toList());
    }

    public CoreServices core() {
        return assembly.core();
    }

    /** Stops intake, finishes in-flight work (the transaction in progress commits), closes. */
    public void stop() {
        log.info("Stopping");
        for (Connector connector : assembly.connectors()) {
            try {
                connector.stop();
            } catch (RuntimeException e) {
                log.warn("Stopping the {} channel failed", connector.channel(), e);
            }
        }
        assembly.core().scheduler().stop();
        assembly.core().delivery().stop();
        assembly.core().leases().stop();
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
