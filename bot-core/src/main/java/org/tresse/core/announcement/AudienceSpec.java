package org.tresse.core.announcement;

import java.util.List;
import java.util.Objects;

/**
 * Who an announcement is for: everyone, or the members and rooms of some groups; on which channels.
 *
 * @param everyone every room attached to a group and every subscriber
 * @param groups   group slugs, when not {@code everyone}
 * @param channels the channels to send on (never empty)
 */
public record AudienceSpec(boolean everyone, List<String> groups, List<String> channels) {
    public AudienceSpec {
        groups = List.copyOf(groups);
        channels = List.copyOf(channels);
        Objects.requireNonNull(channels, "channels");
        if (!everyone && groups.isEmpty()) {
            throw new IllegalArgumentException("an audience is everyone or some groups");
        }
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("an audience needs at least one channel");
        }
    }

    public static AudienceSpec everyone(List<String> channels) {
        return new AudienceSpec(true, List.of(), channels);
    }

    public static AudienceSpec groups(List<String> groups, List<String> channels) {
        return new AudienceSpec(false, groups, channels);
    }
}
