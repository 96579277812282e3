package org.tresse.app;

import sun.misc.Signal;

/**
 * SIGTERM and Ctrl-C ask for a clean stop: intake stops, in-flight work commits, exit code 0
 * (instead of the JVM's 143). A second signal while stopping is ignored.
 */
final class Signals {
    private Signals() {}

    static void onTerminate(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> action.run());
            } catch (IllegalArgumentException e) {
                // this platform has no such signal: the JVM's default applies
            }
        }
    }
}
