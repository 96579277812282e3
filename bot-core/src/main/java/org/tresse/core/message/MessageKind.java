package org.tresse.core.message;

/**
 * What an outbound message is, so each channel renders it by kind and never guesses: a newsletter
 * footer and list headers belong to broadcasts and digests only, threading to replies.
 */
public enum MessageKind {
    /** The answer to what a person just wrote: threaded on it where the channel threads. */
    REPLY,
    /** A personal message that answers nothing just written: a reminder, a result, an answer to a voice. */
    NOTICE,
    /** A personal ballot, answered by reply or by the channel's native poll. */
    BALLOT,
    /** An announcement or a poll shown to many: a newsletter where the channel has lists. */
    BROADCAST,
    /** The periodic digest to subscribers: a newsletter. */
    DIGEST;

    /** Whether it goes to a list of subscribers (unsubscribe footer, list headers, suspension applies). */
    public boolean isNewsletter() {
        return this == BROADCAST || this == DIGEST;
    }
}
