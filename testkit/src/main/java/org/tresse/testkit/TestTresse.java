package org.tresse.testkit;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tresse.core.Core;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.engine.Engine;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.store.Database;

/**
 * A whole Tresse in one test: the core on a test database, a handler, memory channels, and a
 * clock the test moves. Replies are delivered as soon as an event is handled, on the test's
 * thread, so a test reads like a conversation.
 */
public final class TestTresse {
    public static final ZoneId VILLAGE = ZoneId.of("Europe/Paris");

    private final Core core;
    private final Engine engine;
    private final MutableClock clock;
    private final Map<String, MemoryChannel> channels;

    private TestTresse(Core core, Engine engine, MutableClock clock, Map<String, MemoryChannel> channels) {
        this.core = core;
        this.engine = engine;
        this.clock = clock;
        this.channels = channels;
    }

    public static Builder on(Database database) {
        return new Builder(database);
    }

    public Core core() {
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
        private Function<Core, MessageHandler> handler = core -> conversation -> {};
        private final List<String> channelNames = new ArrayList<>(List.of("console"));
        private final List<Consumer<Core>> setups = new ArrayList<>();
        private String bootstrapChannel = "console";
        private ChannelCapabilities capabilities = ChannelCapabilities.plainText();

        private Builder(Database database) {
            this.database = database;
        }

        public Builder clock(MutableClock value) {
            this.clock = value;
            return this;
        }

        /** Resource bundles of the modules under test, e.g. {@code org.tresse.commands.texts}. */
        public Builder bundles(String... baseNames) {
            bundles.addAll(List.of(baseNames));
            return this;
        }

        public Builder handler(Function<Core, MessageHandler> value) {
            this.handler = value;
            return this;
        }

        /** The memory channels to create; {@code console} by default. */
        public Builder channels(String... names) {
            channelNames.clear();
            channelNames.addAll(List.of(names));
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
        public Builder setup(Consumer<Core> setup) {
            setups.add(setup);
            return this;
        }

        public TestTresse build() {
            I18n i18n = new I18n(Language.FR, bundles);
            Core core = new Core(database, clock, VILLAGE, i18n, bootstrapChannel,
                    new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 5), Duration.ofSeconds(1));
            setups.forEach(setup -> setup.accept(core));
            Engine engine = core.engine(handler.apply(core));
            Map<String, MemoryChannel> channels = new LinkedHashMap<>();
            for (String name : channelNames) {
                MemoryChannel channel = new MemoryChannel(name, capabilities);
                core.delivery().add(channel, null);
                channels.put(name, channel);
            }
            TestTresse tresse = new TestTresse(core, engine, clock, channels);
            for (MemoryChannel channel : channels.values()) {
                channel.start(engine);
                channel.afterReceive(tresse::deliverAll);
            }
            return tresse;
        }
    }
}
