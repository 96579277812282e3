package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.time.Duration;
import org.tresse.config.internal.InvalidField;

/**
 * The periodic digest (newsletter) sent to email subscribers.
 *
 * @param every how often; YAML {@code every: 7d} (also 30s, 15m, 24h); default 7 days
 */
public record DigestSettings(Duration every) {
    public static final Duration DEFAULT_EVERY = Duration.ofDays(7);

    public DigestSettings {
        every = every == null ? DEFAULT_EVERY : every;
        if (every.isZero() || every.isNegative()) {
            throw new InvalidField("every", said("config.digest.periode.recapitulatif.doit"));
        }
    }

    public static DigestSettings defaults() {
        return new DigestSettings(null);
    }
}
