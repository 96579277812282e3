package org.tresse.core.poll;

import org.tresse.core.message.Inbound;
import org.tresse.core.store.Handle;

/**
 * Where a consultation answer goes besides the poll's own table: the residents' voices, so
 * coordinators triage answers like any other voice. {@link Polls#answer} calls it in the very
 * transaction that stores the answer, after the answer was checked and stored; what it throws
 * rolls the answer back. The poll knows nothing of voices: the voice feature implements this.
 */
@FunctionalInterface
public interface ConsultationSink {
    /** Keeps answers in the poll's table only. */
    ConsultationSink NONE = (handle, poll, personId, inbound, text) -> { };

    /**
     * @param poll     the consultation; if {@code poll.rules().secret()} the answer must keep no link to its author
     * @param personId who answered
     * @param inbound  the message that carried the answer (where to answer back, which event to forget)
     * @param text     the answer, stripped, within {@link PollLimits#MAX_ANSWER_TEXT}
     */
    void answered(Handle handle, Poll poll, long personId, Inbound inbound, String text);
}
