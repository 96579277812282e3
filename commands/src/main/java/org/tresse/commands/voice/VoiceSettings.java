package org.tresse.commands.voice;

import java.time.Duration;
import java.util.Objects;

/**
 * How new voices reach the coordinators.
 *
 * @param batchEvery        how often new voices are gathered into one message (5 minutes by default)
 * @param coordinationGroup the group whose rooms receive that message; when it has no room, each
 *                          coordinator receives it in private, on the channel they last wrote from
 */
public record VoiceSettings(Duration batchEvery, String coordinationGroup) {
    public static final Duration DEFAULT_BATCH_EVERY = Duration.ofMinutes(5);
    public static final String DEFAULT_COORDINATION_GROUP = "bureau";

    public VoiceSettings {
        Objects.requireNonNull(batchEvery, "batchEvery");
        Objects.requireNonNull(coordinationGroup, "coordinationGroup");
        if (batchEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the voices' batch period must be at least one second");
        }
    }

    public static VoiceSettings defaults() {
        return new VoiceSettings(DEFAULT_BATCH_EVERY, DEFAULT_COORDINATION_GROUP);
    }
}
