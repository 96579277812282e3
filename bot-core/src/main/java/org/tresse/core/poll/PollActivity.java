package org.tresse.core.poll;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tresse.core.poll.internal.ChannelLog;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.store.Handle;

/** Reads over the polls of a period, for reports. Every method runs in the caller's transaction. */
public final class PollActivity {
    private final PollStore store = new PollStore();
    private final ChannelLog channels = new ChannelLog();

    /** The polls open at some moment of [since, until): opened before its end, not closed before its start; oldest first. */
    public List<Poll> between(Handle handle, Instant since, Instant until) {
        return store.between(handle, since, until);
    }

    /**
     * How many persons answered from each channel, most first. Empty for a secret poll (never
     * recorded) and for answers given before channels were recorded.
     */
    public Map<String, Integer> votersByChannel(Handle handle, Poll poll) {
        return poll.rules().secret() ? Map.of() : channels.counts(handle, poll.id());
    }
}
