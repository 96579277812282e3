package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Several Tresse instances on one PostgreSQL database. YAML, under {@code storage}:
 * {@code shared: { instance: tresse-1, lease: 15s, ballot-key: ${TRESSE_BALLOT_KEY}, directory: /srv/tresse }}.
 *
 * @param instance  this instance's name, distinct from every other's; default: machine name and process id
 * @param lease     how long an instance that died keeps its duties (an account's intake, a channel's
 *                  sending) before another takes them over; 3 s to 10 min, default 15 s
 * @param ballotKey the secret ballots' master key, base64 of at least 32 bytes, the same for every
 *                  instance (from the environment); never shown by {@link #toString()}
 * @param directory the directory every instance sees (a shared volume): the secret polls' own keys
 *                  ({@code ballot-keys/}), the keys of anonymous voices' receipts ({@code receipt-keys/})
 *                  and the printed files; default {@code data}
 */
public record SharedSettings(String instance, Duration lease, String ballotKey, String directory) {
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(15);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public SharedSettings {
        instance = Checks.trimToNull(instance);
        if (instance != null && !NAME.matcher(instance).matches()) {
            throw new InvalidField("instance", said("config.shared.peut.nommer.instance", instance));
        }
        lease = lease == null ? DEFAULT_LEASE : lease;
        if (lease.compareTo(Duration.ofSeconds(3)) < 0 || lease.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidField("lease", said("config.shared.bail.dure.min"));
        }
        ballotKey = Checks.trimToNull(ballotKey);
        if (ballotKey != null) {
            decode(ballotKey);
        }
        directory = Checks.trimToNull(directory);
    }

    /** The master key's bytes, or null when none is configured (then {@code ballot.key} in the directory). */
    public byte[] ballotKeyBytes() {
        return ballotKey == null ? null : decode(ballotKey);
    }

    private static byte[] decode(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length < 32) {
            throw new InvalidField("ballot-key", said("config.shared.cle.votes.secrets"));
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "SharedSettings[instance=" + instance + ", lease=" + lease + ", ballotKey=" + Checks.mask(ballotKey)
                + ", directory=" + directory + "]";
    }
}
