package org.tresse.commands.announcement;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * @param digestEvery how often the digest goes to its subscribers (config {@code digest.every}, 7 days by default)
 * @param channels    the channels announcements may use; {@code --canaux} accepts, and the default
 *                    takes, those of them that run (were added to the delivery)
 */
public record AnnouncementSettings(Duration digestEvery, List<String> channels) {
    public static final Duration DEFAULT_DIGEST_EVERY = Duration.ofDays(7);
    public static final List<String> ALL_CHANNELS = List.of("telegram", "matrix", "email", "console");

    public AnnouncementSettings {
        Objects.requireNonNull(digestEvery, "digestEvery");
        channels = List.copyOf(channels);
        if (digestEvery.isZero() || digestEvery.isNegative()) {
            throw new IllegalArgumentException("the digest period must be positive");
        }
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("announcements need at least one channel");
        }
    }

    public static AnnouncementSettings defaults() {
        return new AnnouncementSettings(DEFAULT_DIGEST_EVERY, ALL_CHANNELS);
    }
}
