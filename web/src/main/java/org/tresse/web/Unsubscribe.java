package org.tresse.web;

/**
 * The one-click unsubscribe behind {@code /desabonnement/{token}} (RFC 8058): the app wires it to
 * the email connector's unsubscribe tokens and the subscriptions ({@link SubscriptionUnsubscribe}).
 */
@FunctionalInterface
public interface Unsubscribe {
    /** What became of the request. */
    enum Outcome {
        /** Unsubscribed now. */
        DONE,
        /** The token is known, but nothing was subscribed any more (a second click). */
        NOTHING_LEFT,
        /** No such token. */
        UNKNOWN
    }

    Outcome unsubscribe(String token);
}
