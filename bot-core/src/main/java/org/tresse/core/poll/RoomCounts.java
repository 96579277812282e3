package org.tresse.core.poll;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.poll.internal.RoomCountStore;
import org.tresse.core.store.Handle;

/**
 * The votes counted in a room — a meeting's show of hands — entered for a poll: numbers added to
 * its online votes by its result ({@link Polls#result}), never ballots (nobody's vote is recorded,
 * nobody can change it online). Owns the table poll_room_count with {@link Polls}.
 */
public final class RoomCounts {
    private static final Logger log = LoggerFactory.getLogger(RoomCounts.class);

    private final Clock clock;
    private final PollStore polls = new PollStore();
    private final RoomCountStore store = new RoomCountStore();

    public RoomCounts(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds the votes counted in a room (one hand per person, per option in the poll's order) to an
     * open proposal or single choice, replacing what that poll was counted before. A secret poll keeps
     * its rules (results hidden until close).
     */
    public RoomVotes count(Handle handle, Poll poll, List<Integer> counts, String source, long personId) {
        if (!polls.lockOpen(handle, poll.id())) {
            throw new UserError("sondage.clos", poll.key());
        }
        if (poll.kind() != PollKind.PROPOSAL && poll.kind() != PollKind.SINGLE) {
            throw new UserError("salle.type", poll.key());
        }
        if (counts.size() != poll.options().size() || counts.stream().anyMatch(count -> count < 0 || count > PollLimits.MAX_ROOM_VOTES)) {
            throw new UserError("salle.nombres", poll.key(), PollLimits.MAX_ROOM_VOTES);
        }
        RoomVotes votes = new RoomVotes(counts, source, personId, clock.instant());
        store.put(handle, poll.id(), votes);
        log.debug("Poll {}: {} votes counted in a room", poll.id(), votes.voters());
        return votes;
    }

    /** The polls counted in the room {@code source} names, by number. */
    public List<Long> countedIn(Handle handle, String source) {
        return store.counted(handle, source);
    }

    /** Identity linking: the counts {@code from} entered become {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        store.moveAuthor(handle, from, into);
    }
}
