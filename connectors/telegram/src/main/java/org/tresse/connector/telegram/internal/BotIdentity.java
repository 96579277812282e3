package org.tresse.connector.telegram.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;

/** The bot's username, configured or asked of Telegram ({@code getMe}) before polling. */
public final class BotIdentity {
    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);
    private volatile String username;

    public BotIdentity(String configuredUsername) {
        this.username = configuredUsername;
    }

    public boolean known() {
        return username != null;
    }

    /** The username without "@", or null while unknown. */
    public String username() {
        return username;
    }

    /** Asks Telegram; true once known. A refused token is logged clearly. */
    public boolean learn(BotApi api) throws InterruptedException {
        try {
            ApiResponse response = api.call("getMe", GetMe.builder().build());
            if (response.ok() && response.result().hasNonNull("username")) {
                username = response.result().get("username").asText();
                log.info("Telegram bot is @{}", username);
                return true;
            }
            if (response.errorCode() == 401 || response.errorCode() == 404) {
                log.error("Telegram refused the bot token ({}): check the token given by @BotFather",
                        api.redactor().redact(response.summary()));
            } else {
                log.warn("Telegram getMe failed: {}", api.redactor().redact(response.summary()));
            }
        } catch (BotApiException e) {
            log.warn("Telegram could not be reached to learn the bot's name: {}", e.getMessage());
        }
        return false;
    }
}
