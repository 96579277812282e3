package org.tresse.core.poll;

import java.util.List;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.store.Handle;

/**
 * Where a date poll's close goes besides its result: the events, so that an event planned for the
 * poll is created at its best date. {@link Polls#close} calls it in the close's transaction, once
 * the result is known; what it throws rolls the close back, so it must not refuse. The poll knows
 * nothing of events: the event feature implements this.
 */
@FunctionalInterface
public interface DatePollSink {
    DatePollSink NONE = (handle, closed, result, available) -> { };

    /**
     * @param available the persons who said "oui" to the best date (none for a secret poll, or when no date suits)
     */
    void closed(Handle handle, ClosedPoll closed, DatesResult result, List<Long> available);
}
