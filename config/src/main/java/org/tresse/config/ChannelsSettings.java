package org.tresse.config;

/**
 * The channels the bot listens and writes to. A null channel is not configured.
 *
 * <p>When no channel at all is configured (no {@code channels} section, or an empty one), the
 * console is enabled, so that a fresh install can be tried at once.
 */
public record ChannelsSettings(
        ConsoleSettings console, TelegramSettings telegram, MatrixSettings matrix, EmailSettings email) {

    public ChannelsSettings {
        if (console == null && telegram == null && matrix == null && email == null) {
            console = ConsoleSettings.ENABLED;
        }
    }

    /** Only the console. */
    public static ChannelsSettings defaults() {
        return new ChannelsSettings(null, null, null, null);
    }

    public boolean consoleEnabled() {
        return console != null && console.enabled();
    }
}
