package org.tresse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
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
import org.tresse.core.store.DatabaseProblem;

/**
 * A running Tresse: the {@link Assembly} started — scheduler, delivery, each channel, then the web
 * pages. {@link #stop()} stops intake first (the pages, then the channels), lets in-flight work finish,
 * then closes.
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
        return start(config, console, clock, onConsoleEnd, problem -> { });
    }

    /**
     * As above; {@code onDatabaseLost} runs once if the database is lost while running (a full disk
     * under H2): the caller stops Tresse and exits non-zero, for a supervisor to restart it.
     */
    public static TresseApp start(TresseConfig config, ConsoleIo console, Clock clock, Runnable onConsoleEnd,
            Consumer<DatabaseProblem> onDatabaseLost) {
        Database database = Database.open(config.storage().url(), config.storage().user(), config.storage().password(),
                ConnectorWiring.migrations(config));
        database.onLost(onDatabaseLost);
        try {
            config.warnings().forEach(warning -> log.warn("tresse.yml, {}: {}", warning.field(), warning.english()));
            Path dataDirectory = Assembly.dataDirectory(config);
            // before any message: the secret ballots' keys are there and right, or Tresse does not start
            BallotKeyCheck.atStart(database, dataDirectory, clock);
            Assembly assembly = Assembly.of(config, database, clock, console, onConsoleEnd);
            ConfigApplier.apply(config, assembly.core());
            boolean banner = console != null && config.channels().consoleEnabled();
            if (banner) {
                // who is admin, which groups: said before the console's first prompt
                StartBanner.lines(assembly.core(), console.configFile(), dataDirectory, console.firstSpeaker())
                        .forEach(console.output()::println);
            }
            for (Connector connector : assembly.connectors()) {
                assembly.core().delivery().add(connector, limits(config.delivery().rateLimitsFor(connector.channel())));
            }
            TresseApp app = new TresseApp(database, assembly);
            app.startAll(config, banner ? console.output()::println : line -> {});
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts the work, the web pages (said in {@code banner}: where to open them), then the channels. */
    private void startAll(TresseConfig config, Consumer<String> banner) {
        CoreServices core = assembly.core();
        core.scheduler().start();
        core.delivery().start();
        // before the channels: the console's first prompt comes after the line saying where the pages are
        assembly.web().filter(web -> web.start(core))
                .ifPresent(web -> banner.accept(core.i18n().texts(null).get(config.web().publicUrl() != null
                        ? "demarrage.web.public" : "demarrage.web", web.baseUrl())));
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

    /** The port the web pages (and the Telegram webhook) listen on, once they run. */
    public OptionalInt webPort() {
        return assembly.web().map(WebWiring::port).orElse(OptionalInt.empty());
    }

    /** Where the web pages listen on this machine (tests listen on any free port); empty without them. */
    Optional<String> localWebAddress() {
        return assembly.web().map(WebWiring::localAddress);
    }

    /** Stops intake, finishes in-flight work (the transaction in progress commits), closes. */
    public void stop() {
        log.info("Stopping");
        assembly.web().ifPresent(WebWiring::stop);
        for (Connector connector : assembly.connectors()) {
            try {
                connector.stop();
            } catch (RuntimeException e) {
                log.warn("Stopping the {} channel failed", connector.channel(), e);
            }
        }
        assembly.core().scheduler().stop();
        assembly.core().delivery().stop();
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
