package org.tresse.config;

/**
 * Overrides of a channel's sending limits. Each rate may be null: the channel's own default
 * applies.
 *
 * <p>YAML: {@code { overall: 30/s, per-chat: 1/s, per-group: 20/min }}
 */
public record RateLimitSettings(Rate overall, Rate perChat, Rate perGroup) {
    /** No override at all. */
    public static final RateLimitSettings NONE = new RateLimitSettings(null, null, null);
}
