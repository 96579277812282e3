package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tresse.config.internal.Identities;
import org.tresse.config.internal.InvalidField;

/**
 * How messages go out. YAML: {@code delivery: { rate-limits: { telegram: { per-chat: 1/s } } }}.
 *
 * @param rateLimits overrides per channel name (console, telegram, matrix, email); never null
 */
public record DeliverySettings(Map<String, RateLimitSettings> rateLimits) {
    public DeliverySettings {
        Map<String, RateLimitSettings> copy = new LinkedHashMap<>();
        if (rateLimits != null) {
            rateLimits.forEach((channel, limits) -> {
                if (!Identities.CHANNELS.contains(channel)) {
                    throw new InvalidField("rate-limits." + channel, said("config.delivery.canal.inconnu.canaux", channel, String.join(", ", Identities.CHANNELS)));
                }
                copy.put(channel, limits == null ? RateLimitSettings.NONE : limits);
            });
        }
        rateLimits = Collections.unmodifiableMap(copy);
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(Map.of());
    }

    /** The overrides for one channel, {@link RateLimitSettings#NONE} when there are none. */
    public RateLimitSettings rateLimitsFor(String channel) {
        return rateLimits.getOrDefault(channel, RateLimitSettings.NONE);
    }
}
