package org.tresse.connector.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.tresse.config.MatrixRoom;
import org.tresse.config.MatrixSettings;
import org.tresse.connector.matrix.internal.DirectRooms;
import org.tresse.connector.matrix.internal.EventReader;
import org.tresse.connector.matrix.internal.GapFiller;
import org.tresse.connector.matrix.internal.MatrixClient;
import org.tresse.connector.matrix.internal.MatrixStore;
import org.tresse.connector.matrix.internal.Notices;
import org.tresse.connector.matrix.internal.OutboundSender;
import org.tresse.connector.matrix.internal.RoomDirectory;
import org.tresse.connector.matrix.internal.Session;
import org.tresse.connector.matrix.internal.SyncLoop;
import org.tresse.connector.matrix.internal.SyncProcessor;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.ChannelCapabilities.Ability;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Matrix channel, on the client-server API {@code v3}: a {@code /sync} long-poll loop in,
 * {@code m.room.message} and MSC3381 poll events out. Its tables come from {@link #MIGRATIONS}.
 *
 * <pre>{@code
 * MatrixConnector matrix = MatrixConnector.fromSettings(config.channels().matrix(), database);
 * core.delivery().add(matrix, overrides);
 * matrix.start(engine);
 * }</pre>
 */
public final class MatrixConnector implements Connector {
    public static final String CHANNEL = "matrix";
    /** The Flyway location of this connector's tables, for {@code Database.open}. */
    public static final String MIGRATIONS = "classpath:db/migration/matrix";
    /** The key of the sync token in the engine's cursor table. */
    public static final String CURSOR_KEY = SyncLoop.CURSOR_KEY;
    /** Matrix events are limited to 64 KiB with both bodies: a prudent text length. */
    static final int MAX_TEXT_LENGTH = 16_000;
    static final RateLimits DEFAULT_LIMITS = new RateLimits(RateLimit.perSecond(5), RateLimit.perSecond(1), null);

    private static final Logger log = LoggerFactory.getLogger(MatrixConnector.class);

    private final MatrixOptions options;
    private final MatrixClient client;
    private final Session session;
    private final RoomDirectory rooms;
    private final MatrixStore store;
    private final OutboundSender sender;
    private ExecutorService thread;
    private volatile SyncLoop loop;

    public MatrixConnector(MatrixOptions options, Database database, HttpClient http, Clock clock) {
        this.options = options;
        this.client = new MatrixClient(http, options.homeserver(), new ObjectMapper());
        this.store = new MatrixStore(database, clock);
        this.session = new Session(client, store, options);
        this.rooms = new RoomDirectory(store, client::joinedMembers);
        this.sender = new OutboundSender(client, session, store, new DirectRooms(client, session, store, rooms));
    }

    /** The connector the configuration describes, with its own HTTP client. */
    public static MatrixConnector fromSettings(MatrixSettings settings, Database database) {
        List<String> roomList = settings.rooms().stream().map(MatrixRoom::room).toList();
        MatrixOptions options = MatrixOptions.of(URI.create(settings.homeserver()), settings.user(),
                settings.password(), settings.accessToken(), roomList).withEncryptionProxy(settings.encryptionProxy());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new MatrixConnector(options, database, http, Clock.systemUTC());
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.of(MAX_TEXT_LENGTH, DEFAULT_LIMITS,
                Ability.FORMATTING, Ability.NATIVE_POLLS, Ability.EDITING, Ability.PRIVATE_MESSAGES, Ability.IDEMPOTENT_SEND,
                Ability.FILES);
    }

    /**
     * Connects now (versions, login or token check, {@code whoami}) and resolves the configured
     * room aliases. {@link #start} does it too; call it first to fail early on a bad account.
     *
     * @throws MatrixException with a message for a person when the homeserver refuses the account
     */
    public void connect() throws IOException, InterruptedException {
        if (session.isOpen()) {
            return;
        }
        session.open();
        for (String room : options.rooms()) {
            if (room.startsWith("!")) {
                rooms.addConfigured(room);
            } else {
                try {
                    rooms.addConfigured(session.authorized(() -> client.resolveAlias(room)));
                } catch (MatrixException e) {
                    log.warn("The Matrix room alias {} of the configuration could not be resolved: {}", room, e.getMessage());
                }
            }
        }
    }

    @Override
    public synchronized void start(InboundSink sink) {
        if (thread != null) {
            throw new IllegalStateException("the Matrix connector is already started");
        }
        options.rooms().stream().filter(room -> room.startsWith("!")).forEach(rooms::addConfigured);
        Set<String> aliases = options.rooms().stream().filter(room -> room.startsWith("#")).collect(Collectors.toSet());
        EventReader reader = new EventReader(CHANNEL, session::userId, rooms, store);
        Notices notices = new Notices(client, session, store, options.encryptionProxy());
        SyncProcessor processor = new SyncProcessor(client, session, rooms, reader, new GapFiller(client, session), notices, aliases);
        loop = new SyncLoop(CHANNEL, this::connect, client, session, processor, sink, options.syncTimeout(),
                sink.intake(CHANNEL + ":" + options.userId()));
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "tresse-matrix-sync");
            worker.setDaemon(false);
            return worker;
        });
        thread.execute(loop);
        log.info("Matrix connector started for {} on {}", options.userId(), options.homeserver());
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        if (!session.isOpen()) {
            return new DeliveryResult.Transient(DeliveryFailure.Reason.NOT_CONNECTED);
        }
        return sender.deliver(outbound);
    }

    /** True while the sync loop runs (false after a refused account, until a restart). */
    public boolean isReceiving() {
        SyncLoop current = loop;
        return current != null && current.isRunning();
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.stop();
        }
        if (thread != null) {
            thread.shutdownNow();
            try {
                if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                    log.warn("The Matrix sync thread did not stop within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        log.info("Matrix connector stopped");
    }
}
