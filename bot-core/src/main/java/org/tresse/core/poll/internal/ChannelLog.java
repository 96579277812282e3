package org.tresse.core.poll.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tresse.core.poll.Poll;
import org.tresse.core.store.Handle;

/**
 * The {@code ballot_channel} table: from which channel each person last answered an open poll,
 * for participation by channel. Nothing is kept for a secret poll (it would say who took part
 * from where, beside ballots that must not say who cast them).
 */
public final class ChannelLog {
    /** Remembers the channel of the person's latest answer; does nothing for a secret poll or an unknown channel. */
    public void record(Handle handle, Poll poll, long personId, String channel) {
        if (poll.rules().secret() || channel == null) {
            return;
        }
        if (handle.update("update ballot_channel set channel = ? where poll_id = ? and person_id = ?", channel, poll.id(), personId) == 0) {
            handle.update("insert into ballot_channel (poll_id, person_id, channel) values (?, ?, ?)", poll.id(), personId, channel);
        }
    }

    public void forget(Handle handle, Poll poll, long personId) {
        handle.update("delete from ballot_channel where poll_id = ? and person_id = ?", poll.id(), personId);
    }

    /** Where each person last answered from; empty for a secret poll, which records nothing. */
    public Map<Long, String> channels(Handle handle, long pollId) {
        Map<Long, String> channels = new LinkedHashMap<>();
        handle.list("select person_id, channel from ballot_channel where poll_id = ? order by person_id",
                row -> channels.put(row.getLong(1), row.getString(2)), pollId);
        return channels;
    }

    /** Forgets every answer's channel (the poll is cancelled). */
    public void discard(Handle handle, long pollId) {
        handle.update("delete from ballot_channel where poll_id = ?", pollId);
    }

    /** How many persons answered from each channel, most first; empty when nothing was recorded. */
    public Map<String, Integer> counts(Handle handle, long pollId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        handle.list("select channel, count(*) from ballot_channel where poll_id = ? group by channel order by count(*) desc, channel",
                row -> counts.put(row.getString(1), row.getInt(2)), pollId);
        return counts;
    }

    /** Identity linking: where both answered a poll, the later answer's channel cannot be told apart; {@code into}'s stays. */
    public void merge(Handle handle, long from, long into) {
        handle.update("delete from ballot_channel where person_id = ? and poll_id in "
                + "(select poll_id from ballot_channel where person_id = ?)", from, into);
        handle.update("update ballot_channel set person_id = ? where person_id = ?", into, from);
    }
}
