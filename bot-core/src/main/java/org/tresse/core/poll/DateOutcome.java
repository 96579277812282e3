package org.tresse.core.poll;

import java.util.List;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.store.Handle;

/** What a date poll's close leaves behind: its best date told to its {@link DatePollSink}, with who said oui to it. */
final class DateOutcome {
    private final CountedVotes counted;
    private final DatePollSink datePolls;

    DateOutcome(CountedVotes counted, DatePollSink datePolls) {
        this.counted = counted;
        this.datePolls = datePolls;
    }

    void closed(Handle handle, ClosedPoll done) {
        if (done.result() instanceof DatesResult dates) {
            List<Long> available = dates.best().isPresent() ? counted.availableOn(handle, done.poll(), dates.best().getAsInt()) : List.of();
            datePolls.closed(handle, done, dates, available);
        }
    }
}
