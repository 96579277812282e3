package org.tresse.connector.console;

import java.time.Duration;

/** Waits until a channel has nothing left to deliver, so replies print before the next prompt. */
@FunctionalInterface
public interface IdleAwaiter {
    boolean awaitIdle(String channel, Duration timeout);
}
