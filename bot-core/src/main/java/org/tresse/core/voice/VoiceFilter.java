package org.tresse.core.voice;

import java.util.Optional;

/**
 * Which voices to list: a status (empty: every status but {@code clos}) and a tag (empty: any).
 */
public record VoiceFilter(Optional<VoiceStatus> status, Optional<String> tag) {
    public static VoiceFilter open() {
        return new VoiceFilter(Optional.empty(), Optional.empty());
    }
}
