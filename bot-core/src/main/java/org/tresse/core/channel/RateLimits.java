package org.tresse.core.channel;

/**
 * A channel's sending limits. Each may be null for "no limit".
 *
 * @param overall  all messages of the channel together
 * @param perChat  each conversation, private or group
 * @param perGroup each group room, on top of {@code perChat}
 */
public record RateLimits(RateLimit overall, RateLimit perChat, RateLimit perGroup) {
    public static final RateLimits NONE = new RateLimits(null, null, null);

    /** These limits with each non-null field of {@code overrides} put in place. */
    public RateLimits overriddenBy(RateLimits overrides) {
        if (overrides == null) {
            return this;
        }
        return new RateLimits(
                overrides.overall() != null ? overrides.overall() : overall,
                overrides.perChat() != null ? overrides.perChat() : perChat,
                overrides.perGroup() != null ? overrides.perGroup() : perGroup);
    }
}
