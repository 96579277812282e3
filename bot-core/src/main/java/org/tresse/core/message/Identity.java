package org.tresse.core.message;

import java.util.Objects;

/**
 * Who wrote, as a channel knows them: {@code telegram:123456}, {@code matrix:@ana:example.org},
 * {@code email:ana@example.org}, {@code console:ana}.
 */
public record Identity(String channel, String id) {
    public Identity {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        if (channel.isBlank() || channel.contains(":") || id.isBlank()) {
            throw new IllegalArgumentException("an identity is channel:id, got " + channel + ":" + id);
        }
    }

    /** Parses {@code channel:id}; the id may itself contain colons (Matrix). */
    public static Identity parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("an identity is channel:id, got " + text);
        }
        return new Identity(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return channel + ":" + id;
    }
}
