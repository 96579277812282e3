package org.tresse.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.commands.suspension.SuspensionFeature;
import org.tresse.commands.voice.VoiceSettings;
import org.tresse.commands.web.PersonalBallotLinks;
import org.tresse.config.TresseConfig;
import org.tresse.connector.email.EmailConnector;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.Channels;
import org.tresse.core.channel.Connector;
import org.tresse.core.engine.Engine;
import org.tresse.core.feature.Feature;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Database;

/**
 * Tresse put together from its configuration, in one place and in plain code: the spine, the
 * channels, every feature (installed once), the web front door, the command router and the engine. {@code tresse run}
 * and {@code tresse export} use the same assembly; building it starts no thread.
 */
final class Assembly {
    private final CoreServices core;
    private final List<Connector> connectors;
    private final Features features;
    private final PrintWiring print;
    private final Optional<WebWiring> web;
    private final Engine engine;

    private Assembly(CoreServices core, List<Connector> connectors, Features features, PrintWiring print,
            Optional<WebWiring> web, Engine engine) {
        this.core = core;
        this.connectors = connectors;
        this.features = features;
        this.print = print;
        this.web = web;
        this.engine = engine;
    }

    /**
     * @param console the terminal, when the console channel may run; null for a tool with no channel
     */
    static Assembly of(TresseConfig config, Database database, Clock clock, ConsoleIo console, Runnable onConsoleEnd) {
        return of(config, database, clock, console, onConsoleEnd, Optional.empty());
    }

    /**
     * @param publicUrl the web front door's address, for the links and QR codes Tresse writes
     *                  ({@code web.public-url} when not given)
     */
    static Assembly of(TresseConfig config, Database database, Clock clock, ConsoleIo console, Runnable onConsoleEnd,
            Optional<String> publicUrl) {
        boolean withChannels = console != null;
        CoreServices core = CoreServices.create(database, clock, new CoreServices.Settings(config.association().timezone(),
                Language.parse(config.association().language().code()).orElse(Language.FR),
                withChannels && config.channels().consoleEnabled() ? "console" : null, Backoff.DEFAULT, Duration.ofSeconds(1),
                StoreWiring.leases(config), StoreWiring.receiptSeal(config, clock)));
        List<Connector> connectors = withChannels ? ConnectorWiring.connectors(config, core, console, onConsoleEnd) : List.of();
        Path dataDirectory = dataDirectory(config);
        Optional<String> site = publicUrl.or(() -> Optional.ofNullable(config.web().publicUrl()));
        List<PrintWiring> print = new ArrayList<>(1);
        List<WebWiring> web = new ArrayList<>(1);
        boolean withPages = withChannels && config.web().enabled();
        PersonalLinks links = new PersonalLinks(clock);
        Features.Settings settings = settings(config, dataDirectory, site);
        if (withPages && config.web().publicUrl() != null) {
            // ballots sent by email carry a personal link to the web ballot
            settings = settings.withBallotLinks(new PersonalBallotLinks(links, config.web().publicUrl(), clock));
        }
        Assembled assembled = Assembled.of(core, Channels.of(connectors), settings, features -> {
            print.add(PrintWiring.of(config, core, features, dataDirectory, site));
            List<Feature> others = new ArrayList<>(print.get(0).features(core.zone()));
            others.add(to -> to.texts(StartBanner.BUNDLE));
            // the email channel keeps the addresses suspended after bounces: the coordination sees and lifts them
            connectors.stream().filter(EmailConnector.class::isInstance).map(EmailConnector.class::cast).findFirst()
                    .ifPresent(email -> others.add(new SuspensionFeature(email.bounces())));
            if (withPages) {
                web.add(WebWiring.of(config, core, features, connectors, links));
                others.addAll(web.get(0).features());
            }
            return others;
        });
        List<Connector> all = new ArrayList<>(connectors);
        web.forEach(front -> all.add(front.connector()));
        return new Assembly(core, List.copyOf(all), assembled.features(), print.get(0), web.stream().findFirst(),
                assembled.engine());
    }

    /** Where the embedded database, the ballot keys and the printed files live. */
    static Path dataDirectory(TresseConfig config) {
        return StoreWiring.dataDirectory(config);
    }

    private static Features.Settings settings(TresseConfig config, Path dataDirectory, Optional<String> publicUrl) {
        return new Features.Settings(
                StoreWiring.ballotKey(config),
                VoiceSettings.defaults(),
                new AnnouncementSettings(config.digest().every(), AnnouncementSettings.ALL_CHANNELS),
                EventWiring.rules(config, publicUrl),
                publicUrl).withMinutesPrinter(PrintWiring::minutesPdf);
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

    /** Reports and posters, on the same services. */
    PrintWiring print() {
        return print;
    }

    /** The web front door, when Tresse runs with its pages. */
    Optional<WebWiring> web() {
        return web;
    }

    Engine engine() {
        return engine;
    }
}
