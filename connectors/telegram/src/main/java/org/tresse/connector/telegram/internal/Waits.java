package org.tresse.connector.telegram.internal;

import java.time.Duration;

/** Durations as people read them in logs: "250 ms", "2 s", "1.5 s". */
final class Waits {
    private Waits() {}

    static String text(Duration wait) {
        long millis = wait.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
