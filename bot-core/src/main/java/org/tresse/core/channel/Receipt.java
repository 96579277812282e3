package org.tresse.core.channel;

/** What {@link InboundSink#receive} did with an event. */
public enum Receipt {
    /** Handled and committed, replies included. */
    PROCESSED,
    /** Already received before: nothing was done again. */
    DUPLICATE,
    /** Refused before any handler ran (too long, control characters): the sender got an explanation. */
    REJECTED
}
