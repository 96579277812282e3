package org.tresse.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tresse.core.CoreServices;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.Channels;
import org.tresse.core.channel.Connector;
import org.tresse.core.engine.Engine;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.export.Export;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.feature.Feature;
import org.tresse.core.feature.Installation;
import org.tresse.core.i18n.Language;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.outbox.ReceiptSeal;
import org.tresse.core.store.Database;

/**
 * A whole Tresse in one test: the core on a test database, the features under test installed as
 * the app installs them, memory channels, and a clock the test moves. Replies are delivered as
 * soon as an event is handled, on the test's thread, so a test reads like a conversation.
 */
public final class TestTresse {
    public static final ZoneId VILLAGE = ZoneId.of("Europe/Paris");

    private final CoreServices core;
    private final Engine engine;
    private final MutableClock clock;
    private final Map<String, MemoryChannel> channels;

    private TestTresse(CoreServices core, Engine engine, MutableClock clock, Map<String, MemoryChannel> channels) {
        this.core = core;
        this.engine = engine;
        this.clock = clock;
        this.channels = channels;
    }

    /**
     * The spine alone, with no feature installed, for a connector's test that hands events to an
     * engine of its own: {@code spine(database, clock, backoff).engine(conversation -> ...)}.
     */
    public static CoreServices spine(Database database, Clock clock, Backoff backoff) {
        CoreServices core = CoreServices.create(database, clock,
                new CoreServices.Settings(VILLAGE, Language.FR, null, backoff, Duration.ofSeconds(1)));
        core.installation().install(List.of());
        return core;
    }

    public static Builder on(Database database) {
        return new Builder(database);
    }

    public CoreServices core() {
        return core;
    }

    public Engine engine() {
        return engine;
    }

    public MutableClock clock() {
        return clock;
    }

    public MemoryChannel channel(String name) {
        MemoryChannel channel = channels.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("no channel " + name + "; channels are " + channels.keySet());
        }
        return channel;
    }

    /** Delivers every due outbox row on every channel. */
    public void deliverAll() {
        channels.keySet().forEach(core.delivery()::deliverNow);
    }

    /** What {@code tresse export NAME --format FORMAT} would write now. */
    public String export(String name, ExportFormat format) {
        return exportTable(name, null, format);
    }

    /** One table of a CSV export ({@code table} null: the main one), as {@code tresse export} writes it to a file of its own. */
    public String exportTable(String name, String table, ExportFormat format) {
        Export export = core.installation().exports().stream().filter(candidate -> candidate.answersTo(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no export named " + name));
        StringWriter out = new StringWriter();
        core.database().useTransaction(handle -> {
            try {
                if (table == null) {
                    export.write(handle, core.i18n().texts(null), format, out);
                } else {
                    export.writeTable(handle, core.i18n().texts(null), table, format, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out.toString();
    }

    /** Moves the clock, runs the jobs now due, delivers what they sent. */
    public void advance(Duration duration) {
        clock.advance(duration);
        core.scheduler().runDue();
        deliverAll();
    }

    /** Builds a {@link TestTresse}. */
    public static final class Builder {
        private final Database database;
        private MutableClock clock = MutableClock.atVillageMorning();
        private final List<String> bundles = new ArrayList<>();
        private BiFunction<CoreServices, Channels, List<Feature>> features = (core, channels) -> List.of();
        private Function<Installation, MessageHandler> handler = installation -> conversation -> {};
        private final List<String> channelNames = new ArrayList<>(List.of("console"));
        private final List<Consumer<CoreServices>> setups = new ArrayList<>();
        private String bootstrapChannel = "console";
        private ChannelCapabilities capabilities = ChannelCapabilities.plainText();
        private final List<Connector> connectors = new ArrayList<>();
        private UnaryOperator<CoreServices.Settings> sharing = UnaryOperator.identity();
        private Language language = Language.FR;

        private Builder(Database database) {
            this.database = database;
        }

        public Builder clock(MutableClock value) {
            this.clock = value;
            return this;
        }

        /** Resource bundles besides the features', e.g. a test's own. */
        public Builder bundles(String... baseNames) {
            bundles.addAll(List.of(baseNames));
            return this;
        }

        /** The features under test, built on the core and the channels, installed before anything runs. */
        public Builder features(BiFunction<CoreServices, Channels, List<Feature>> value) {
            this.features = value;
            return this;
        }

        /** What handles each event, made from what the features contributed (the command router). */
        public Builder handler(Function<Installation, MessageHandler> value) {
            this.handler = value;
            return this;
        }

        /** The memory channels to create; {@code console} by default. */
        public Builder channels(String... names) {
            channelNames.clear();
            channelNames.addAll(List.of(names));
            return this;
        }

        /**
         * A real connector beside the memory channels (the email connector on GreenMail): its
         * channel runs here for the features, and the delivery sends to it. The test starts it.
         */
        public Builder connector(Connector connector) {
            connectors.add(connector);
            return this;
        }

        public Builder capabilities(ChannelCapabilities value) {
            this.capabilities = value;
            return this;
        }

        /** The first person on this channel becomes admin while there is none; null for nobody. */
        public Builder bootstrapAdminChannel(String channel) {
            this.bootstrapChannel = channel;
            return this;
        }

        /** Work done on the core before the channels start (groups, roles...). */
        public Builder setup(Consumer<CoreServices> setup) {
            setups.add(setup);
            return this;
        }

        /** One of several instances on the database: its name and lease time, what seals its receipts. */
        public Builder sharing(LeaseSettings leases, ReceiptSeal receipts) {
            this.sharing = settings -> settings.sharing(leases, receipts);
            return this;
        }

        /** The association's language: French unless told. */
        public Builder language(Language value) {
            this.language = value;
            return this;
        }

        public TestTresse build() {
            CoreServices core = CoreServices.create(database, clock, sharing.apply(new CoreServices.Settings(VILLAGE, language,
                    bootstrapChannel, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 5), Duration.ofSeconds(1))));
            Map<String, MemoryChannel> channels = new LinkedHashMap<>();
            for (String name : channelNames) {
                channels.put(name, new MemoryChannel(name, capabilities));
            }
            List<Connector> running = new ArrayList<>(channels.values());
            running.addAll(connectors);
            List<Feature> installed = new ArrayList<>(features.apply(core, Channels.of(running)));
            installed.add(to -> bundles.forEach(to::texts));
            core.installation().install(installed);
            setups.forEach(setup -> setup.accept(core));
            Engine engine = core.engine(handler.apply(core.installation()));
            running.forEach(channel -> core.delivery().add(channel, null));
            TestTresse tresse = new TestTresse(core, engine, clock, channels);
            for (MemoryChannel channel : channels.values()) {
                channel.start(engine);
                channel.afterReceive(tresse::deliverAll);
            }
            return tresse;
        }
    }
}
