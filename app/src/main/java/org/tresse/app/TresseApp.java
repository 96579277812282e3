package org.tresse.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.Rate;
import org.tresse.config.RateLimitSettings;
import org.tresse.config.TresseConfig;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.store.Database;

/**
 * A running Tresse: the {@link Assembly} started — scheduler, delivery, then each channel. {@link #stop()}
 * stops intake first, lets in-flight work finish, then closes.
 */
public final class TresseApp {
    private static final Logger log = LoggerFactory.getLogger(TresseApp.class);

    private final Database database;
    private final Assembly assembly;
    private final BackupDesk backups;

    private TresseApp(Database database, Assembly assembly, BackupDesk backups) {
        this.database = database;
        this.assembly = assembly;
        this.backups = backups;
    }

    /** Opens the database and starts everything; {@code onConsoleEnd} runs when the console's input ends. */
    public static TresseApp start(TresseConfig config, ConsoleIo console, Clock clock, Runnable onConsoleEnd) {
        return start(config, console, clock, onConsoleEnd, new CountDownLatch(1));
    }

    /**
     * The same, waiting for a database that cannot be reached yet until {@code stop} is counted down.
     *
     * @throws DatabaseWait.Stopped when stopped while waiting
     */
    public static TresseApp start(TresseConfig config, ConsoleIo console, Clock clock, Runnable onConsoleEnd, CountDownLatch stop) {
        Database database = DatabaseWait.open(() -> StoreWiring.open(config), config.storage().url(), stop,
                DatabaseWait.Backoff.DEFAULT, System.err);
        try {
            // before any message: the secret ballots' keys are there and right, or Tresse does not start
            StoreWiring.checkBallotKeys(database, config, clock);
            Assembly assembly = Assembly.of(config, database, clock, console, onConsoleEnd);
            ConfigApplier.apply(config, assembly.core());
            for (Connector connector : assembly.connectors()) {
                assembly.core().delivery().add(connector, limits(config.delivery().rateLimitsFor(connector.channel())));
            }
            TresseApp app = new TresseApp(database, assembly, DataDirectoryLock.directoryOf(config.storage().url())
                    .map(directory -> new BackupDesk(database, directory)).orElse(null));
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
        if (backups != null) {
            backups.start();
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
        if (backups != null) {
            backups.stop();
        }
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
