package org.tresse.connector.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tresse.config.TelegramRoom;
import org.tresse.config.TelegramSettings;
import org.tresse.config.WebhookSettings;

/**
 * How the Telegram connector talks to the Bot API.
 *
 * @param token       the bot token from BotFather; part of every Bot API URL, never logged
 * @param baseUrl     the Bot API address: Telegram's, a self-hosted Bot API server, or a test server
 * @param username    the bot's username without "@", or null to ask Telegram ({@code getMe}) at start
 * @param pollTimeout how long one {@code getUpdates} call waits for updates (long polling)
 * @param minBackoff  the first wait after a failed {@code getUpdates}
 * @param maxBackoff  the longest wait between failed {@code getUpdates}; {@code minBackoff} doubling up
 *                    to this (at most 8 s) is also the floor between two empty {@code getUpdates}
 *                    answered sooner, for servers that ignore the long polling timeout
 * @param batchSize   the most updates one {@code getUpdates} returns (1 to 100)
 * @param webhook     where Telegram posts updates in webhook mode, or null for long polling
 * @param rooms       the group chat ids Tresse listens to ({@code channels.telegram.rooms}); messages
 *                    of other groups are ignored (logged once per group). Empty: every group is
 *                    accepted, for a fresh install trying things out. Private chats are always
 *                    accepted, and so are button presses and answers to Tresse's own polls.
 */
public record TelegramOptions(
        String token, URI baseUrl, String username, Duration pollTimeout, Duration minBackoff, Duration maxBackoff, int batchSize,
        Webhook webhook, Set<Long> rooms) {
    public static final String DEFAULT_BASE_URL = "https://api.telegram.org";

    public TelegramOptions {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(minBackoff, "minBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        rooms = rooms == null ? Set.of() : Set.copyOf(rooms);
        if (token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c == '/')) {
            throw new IllegalArgumentException("the Telegram bot token is empty or contains spaces or slashes");
        }
        String scheme = baseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the Bot API base URL must be an http(s) address: " + baseUrl);
        }
        String text = baseUrl.toString();
        baseUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : baseUrl;
        username = username == null || username.isBlank() ? null : username.strip();
        username = username != null && username.startsWith("@") ? username.substring(1) : username;
        if (pollTimeout.isNegative() || minBackoff.isNegative() || maxBackoff.compareTo(minBackoff) < 0) {
            throw new IllegalArgumentException("negative poll timeout or backoff, or max backoff under min backoff");
        }
        if (batchSize < 1 || batchSize > 100) {
            throw new IllegalArgumentException("batch size must be between 1 and 100, got " + batchSize);
        }
    }

    /** Defaults: 50 s long polling, backoff from 1 s to 60 s, batches of 100, no room (every group accepted). */
    public static TelegramOptions of(String token, String baseUrl) {
        return new TelegramOptions(token, URI.create(baseUrl == null ? DEFAULT_BASE_URL : baseUrl), null,
                Duration.ofSeconds(50), Duration.ofSeconds(1), Duration.ofSeconds(60), 100, null, Set.of());
    }

    /** The options of a configured bot account, its rooms included. */
    public static TelegramOptions from(TelegramSettings settings) {
        Set<Long> rooms = settings.rooms().stream().map(TelegramRoom::chat).collect(Collectors.toSet());
        TelegramOptions options = of(settings.token(), settings.baseUrl()).withUsername(settings.username()).withRooms(rooms);
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            WebhookSettings webhook = settings.webhook();
            options = options.withWebhook(new Webhook(URI.create(webhook.url()), webhook.secretToken()));
        }
        return options;
    }

    public TelegramOptions withUsername(String value) {
        return new TelegramOptions(token, baseUrl, value, pollTimeout, minBackoff, maxBackoff, batchSize, webhook, rooms);
    }

    public TelegramOptions withPollTimeout(Duration value) {
        return new TelegramOptions(token, baseUrl, username, value, minBackoff, maxBackoff, batchSize, webhook, rooms);
    }

    public TelegramOptions withBackoff(Duration min, Duration max) {
        return new TelegramOptions(token, baseUrl, username, pollTimeout, min, max, batchSize, webhook, rooms);
    }

    public TelegramOptions withBatchSize(int value) {
        return new TelegramOptions(token, baseUrl, username, pollTimeout, minBackoff, maxBackoff, value, webhook, rooms);
    }

    /** Webhook mode: Telegram posts each update to {@code webhook.url()}. */
    public TelegramOptions withWebhook(Webhook value) {
        return new TelegramOptions(token, baseUrl, username, pollTimeout, minBackoff, maxBackoff, batchSize, value, rooms);
    }

    /** The group chat ids to listen to; empty for every group. */
    public TelegramOptions withRooms(Set<Long> value) {
        return new TelegramOptions(token, baseUrl, username, pollTimeout, minBackoff, maxBackoff, batchSize, webhook, value);
    }

    @Override
    public String toString() {
        return "TelegramOptions[token=***, baseUrl=" + baseUrl + ", username=" + username + ", pollTimeout="
                + pollTimeout + ", minBackoff=" + minBackoff + ", maxBackoff=" + maxBackoff + ", batchSize=" + batchSize
                + ", webhook=" + webhook + ", rooms=" + rooms + "]";
    }

    /**
     * Webhook mode: the app mounts {@link TelegramConnector#webhook()} on the web front door's port.
     *
     * @param url         the public https address Telegram posts to; its path is served locally
     * @param secretToken checked in each request's {@code X-Telegram-Bot-Api-Secret-Token} header;
     *                    null to draw a random one at each start
     */
    public record Webhook(URI url, String secretToken) {
        public Webhook {
            Objects.requireNonNull(url, "url");
            secretToken = secretToken == null || secretToken.isBlank() ? null : secretToken;
        }

        /** The local path to serve: the public URL's path, "/" if it has none. */
        public String path() {
            String path = url.getPath();
            return path == null || path.isEmpty() ? "/" : path;
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secretToken=" + (secretToken == null ? "(random)" : "***") + "]";
        }
    }
}
