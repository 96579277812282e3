package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.List;
import java.util.Locale;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * The Telegram bot account.
 *
 * @param token    from BotFather, required; never shown by {@link #toString()}
 * @param baseUrl  the Bot API address, default {@code https://api.telegram.org}
 * @param username the bot's username without "@", optional
 * @param mode     long-polling (default) or webhook
 * @param webhook  required in webhook mode
 * @param rooms    the chats attached to groups; never null
 */
public record TelegramSettings(
        String token, String baseUrl, String username, Mode mode, WebhookSettings webhook, List<TelegramRoom> rooms) {
    public static final String DEFAULT_BASE_URL = "https://api.telegram.org";

    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new InvalidField("token", said("config.telegram.manque.jeton.bot"));
        }
        token = token.trim();
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : Checks.httpUrl(baseUrl, "base-url", DEFAULT_BASE_URL);
        username = Checks.trimToNull(username);
        username = username != null && username.startsWith("@") ? username.substring(1) : username;
        mode = mode == null ? Mode.LONG_POLLING : mode;
        if (mode == Mode.WEBHOOK && webhook == null) {
            throw new InvalidField("webhook", said("config.telegram.mode.webhook.faut"));
        }
        rooms = Checks.list(rooms, "rooms");
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=" + Checks.mask(token) + ", baseUrl=" + baseUrl + ", username=" + username
                + ", mode=" + mode + ", webhook=" + webhook + ", rooms=" + rooms + "]";
    }

    /** How the bot receives updates: {@code long-polling} or {@code webhook}. */
    public enum Mode {
        LONG_POLLING, WEBHOOK;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
