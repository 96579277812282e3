package org.tresse.connector.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.config.TelegramSettings;
import org.tresse.connector.telegram.internal.BookkeepingPruner;
import org.tresse.connector.telegram.internal.BotApi;
import org.tresse.connector.telegram.internal.BotIdentity;
import org.tresse.connector.telegram.internal.IdleFloor;
import org.tresse.connector.telegram.internal.KnownChats;
import org.tresse.connector.telegram.internal.MessageRefs;
import org.tresse.connector.telegram.internal.MessageSender;
import org.tresse.connector.telegram.internal.PausedChats;
import org.tresse.connector.telegram.internal.PollMap;
import org.tresse.connector.telegram.internal.RetryDelay;
import org.tresse.connector.telegram.internal.RoomMigration;
import org.tresse.connector.telegram.internal.SentParts;
import org.tresse.connector.telegram.internal.Sleeper;
import org.tresse.connector.telegram.internal.UpdateHandler;
import org.tresse.connector.telegram.internal.UpdatePoller;
import org.tresse.connector.telegram.internal.UpdateReader;
import org.tresse.connector.telegram.internal.WebhookReceiver;
import org.tresse.connector.telegram.internal.WebhookRegistration;
import org.tresse.core.channel.ChannelCapabilities;
import org.tresse.core.channel.ChannelCapabilities.Ability;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Outbound;
import org.tresse.core.channel.RateLimit;
import org.tresse.core.channel.RateLimits;
import org.tresse.core.store.Database;

/**
 * The Telegram channel, on the Bot API: long polling (or a webhook, {@link #webhook()}, mounted by
 * the app on the web front door's port) in, HTML messages, inline keyboards and native polls out. Its tables live in {@link #MIGRATIONS}; pass that location to
 * {@link Database#open}.
 *
 * <p>Private chats are always accepted: anyone may talk to the bot privately. Group messages are
 * accepted only from the configured rooms ({@link TelegramOptions#rooms()}), followed when a
 * group becomes a supergroup; other groups are ignored (their updates only move the cursor) and
 * logged once each, with their chat id and title. <b>When no room is configured at all, every
 * group is accepted</b>, so that a fresh install can be tried out before its rooms are written.
 * Button presses and answers to native polls are always accepted: they answer what the bot sent.
 *
 * <p>Bookkeeping rows (the group messages a reply may quote, the parts of long messages already
 * sent) are pruned after {@link #BOOKKEEPING_RETENTION}, at start and then daily.
 */
public final class TelegramConnector implements Connector {
    public static final String CHANNEL = "telegram";
    /** The Flyway location of this connector's tables. */
    public static final String MIGRATIONS = "classpath:db/migration/telegram";
    /** The engine cursor holding the next Telegram offset (last update_id + 1). */
    public static final String CURSOR_KEY = "offset";
    /** Telegram's documented limits: about 30 messages/s overall, 1/s per chat, 20/min per group. */
    public static final ChannelCapabilities CAPABILITIES = ChannelCapabilities.of(4096,
            new RateLimits(RateLimit.perSecond(30), RateLimit.perSecond(1), RateLimit.perMinute(20)),
            Ability.FORMATTING, Ability.NATIVE_POLLS, Ability.BUTTONS, Ability.EDITING, Ability.PRIVATE_MESSAGES, Ability.FILES);

    /** How long the bookkeeping rows (message references, sent parts) are kept. */
    public static final Duration BOOKKEEPING_RETENTION = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(TelegramConnector.class);

    private final TelegramOptions options;
    private final Database database;
    private final BotApi api;
    private final BotIdentity identity;
    private final PollMap polls;
    private final PausedChats paused;
    private final MessageRefs messageRefs;
    private final RoomMigration migration;
    private final MessageSender sender;
    private final KnownChats knownChats;
    private final BookkeepingPruner pruner;
    private final ExecutorService ownedHttpExecutor;
    private final Clock clock;
    private final Sleeper sleeper;
    private ExecutorService background;
    private ScheduledExecutorService pruning;
    private final TelegramWebhook webhook;
    private UpdatePoller poller;
    private WebhookRegistration registration;

    /** A connector on {@code http}, which the caller owns. */
    public TelegramConnector(TelegramOptions options, HttpClient http, Database database, Clock clock) {
        this(options, http, database, clock, null, null);
    }

    /** A connector whose poller waits with {@code sleeper} (tests drive time with it and {@code clock}). */
    public TelegramConnector(TelegramOptions options, HttpClient http, Database database, Clock clock, Sleeper sleeper) {
        this(options, http, database, clock, null, sleeper);
    }

    private TelegramConnector(TelegramOptions options, HttpClient http, Database database, Clock clock, ExecutorService ownedHttpExecutor,
            Sleeper sleeper) {
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
        this.database = database;
        this.ownedHttpExecutor = ownedHttpExecutor;
        this.api = new BotApi(http, options.baseUrl(), options.token(), jsonMapper());
        this.identity = new BotIdentity(options.username());
        this.polls = new PollMap(database, clock);
        this.paused = new PausedChats(database, clock);
        this.messageRefs = new MessageRefs(database, clock);
        this.knownChats = new KnownChats(options.rooms(), database, clock);
        this.migration = new RoomMigration(database, CHANNEL, knownChats);
        SentParts sentParts = new SentParts(database, clock);
        this.sender = new MessageSender(api, polls, paused, messageRefs, sentParts, migration);
        this.pruner = new BookkeepingPruner(messageRefs, sentParts, clock, BOOKKEEPING_RETENTION);
        this.webhook = options.webhook() == null ? null : new TelegramWebhook(options.webhook().path());
        paused.load();
        knownChats.load();
    }

    /** The connector of a configured bot account, with an HTTP client of its own (closed in {@link #stop()}). */
    public static TelegramConnector create(TelegramSettings settings, Database database, Clock clock) {
        return create(TelegramOptions.from(settings), database, clock);
    }

    /** A connector with an HTTP client of its own (closed in {@link #stop()}). */
    public static TelegramConnector create(TelegramOptions options, Database database, Clock clock) {
        ExecutorService httpExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "tresse-telegram-http");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(15))
                .executor(httpExecutor)
                .build();
        return new TelegramConnector(options, http, database, clock, httpExecutor, null);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public synchronized void start(InboundSink sink) {
        if (background != null) {
            throw new IllegalStateException("the Telegram connector is already started");
        }
        if (knownChats.acceptsEveryGroup()) {
            log.info("No Telegram room is configured: every group the bot is in is listened to");
        }
        pruning = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tresse-telegram-pruner");
            thread.setDaemon(true);
            return thread;
        });
        pruning.scheduleWithFixedDelay(pruner, 0, 1, TimeUnit.DAYS);
        UpdateReader reader = new UpdateReader(CHANNEL, CURSOR_KEY, identity::username, polls::find, knownChats::acceptsGroup);
        migration.tell(sink);
        UpdateHandler handler = new UpdateHandler(reader, sink, CHANNEL, messageRefs, paused, migration, api);
        RetryDelay delay = new RetryDelay(options.minBackoff(), options.maxBackoff());
        background = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "tresse-telegram-poller"));
        if (options.webhook() == null) {
            poller = new UpdatePoller(api, handler, sink, CHANNEL, CURSOR_KEY, identity, options.pollTimeout(),
                    options.batchSize(), delay, new UpdatePoller.Pacing(new IdleFloor(options.minBackoff(), options.maxBackoff()),
                    clock, sleeper), sink.intake(account(options.token())));
            background.execute(poller);
            log.info("Telegram connector started on {}, long polling", options.baseUrl());
            return;
        }
        TelegramOptions.Webhook settings = options.webhook();
        String secret = settings.secretToken() != null ? settings.secretToken() : randomSecret();
        webhook.open(new WebhookReceiver(handler, api, secret, TelegramWebhook.MAX_BODY));
        registration = new WebhookRegistration(api, identity, settings.url().toString(), secret, delay);
        background.execute(registration);
        log.info("Telegram connector started on {}, webhook {} (received at {} by the web server)", options.baseUrl(),
                settings.url(), webhook.path());
    }

    @Override
    public DeliveryResult deliver(Outbound outbound) {
        return sender.deliver(outbound);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.stop();
        }
        if (registration != null) {
            registration.stop();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (background != null) {
            background.shutdownNow();
            awaitTermination(background);
            background = null;
        }
        if (pruning != null) {
            pruning.shutdownNow();
            awaitTermination(pruning);
            pruning = null;
        }
        if (ownedHttpExecutor != null) {
            ownedHttpExecutor.shutdownNow();
        }
        log.info("Telegram connector stopped");
    }

    /** In webhook mode, the endpoint an HTTP server mounts (it answers 503 until {@link #start}); else empty. */
    public Optional<TelegramWebhook> webhook() {
        return Optional.ofNullable(webhook);
    }

    /**
     * The account in the intake lease's name: the bot's id, the part of the token before the colon
     * (not a secret: it is the bot's user id); a digest of the token if it has no such part.
     */
    static String account(String token) {
        int colon = token.indexOf(':');
        if (colon > 0 && token.substring(0, colon).chars().allMatch(Character::isDigit)) {
            return CHANNEL + ":" + token.substring(0, colon);
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return CHANNEL + ":" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bot's username, once configured or learned from Telegram; null before. */
    public String botUsername() {
        return identity.username();
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("The Telegram connector's thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static ObjectMapper jsonMapper() {
        return new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
