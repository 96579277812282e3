package org.tresse.core.lease;

import java.time.Duration;

/**
 * How leases are kept. A holder renews every third of {@code time} and stops acting two thirds of
 * {@code time} after its last renewal, a third before anyone may take the lease over: instances'
 * clocks may differ by less than that third. An instance that dies is replaced within
 * {@code time} plus a third.
 *
 * @param instance this instance's name, distinct from every other's (the lease owner)
 * @param time     how long a lease lasts unless renewed; at least 3 seconds
 */
public record LeaseSettings(String instance, Duration time) {
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(15);

    public LeaseSettings {
        if (instance == null || instance.isBlank() || instance.length() > 200) {
            throw new IllegalArgumentException("an instance needs a name of 1 to 200 characters");
        }
        if (time == null || time.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("a lease lasts at least 3 seconds");
        }
    }

    /** This process on this machine, with the default time: distinct from every other running instance. */
    public static LeaseSettings defaults() {
        return new LeaseSettings(defaultInstance(), DEFAULT_TIME);
    }

    /** The machine's name and this process's id, e.g. {@code tresse-a-4121}. */
    public static String defaultInstance() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "tresse";
            }
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /** How often a holder renews, and a standby tries. */
    public Duration renewEvery() {
        return time.dividedBy(3);
    }

    /** How long after a renewal the holder still acts. */
    public Duration actFor() {
        return time.minus(time.dividedBy(3));
    }
}
