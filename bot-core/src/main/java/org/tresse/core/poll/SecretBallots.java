package org.tresse.core.poll;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.engine.UserError;
import org.tresse.core.poll.internal.BallotBox;
import org.tresse.core.poll.internal.LiveTally;
import org.tresse.core.poll.internal.PollStore;
import org.tresse.core.store.Handle;

/**
 * What a secret poll adds to the others: a key of its own from the opening until the close is
 * committed, a tally that moves only in batches while it is open, and votes and close that never
 * cross (the poll's row is locked by each).
 */
final class SecretBallots {
    private final PollStore store;
    private final BallotKeyring keyring;
    private final LiveTally live = new LiveTally();
    private final Clock clock;

    SecretBallots(PollStore store, SecretBallotKey master, Clock clock) {
        this.store = store;
        this.keyring = BallotKeyring.of(master);
        this.clock = clock;
    }

    /** A secret poll's ballots are sealed rows (a consultation's answers are anonymous voices instead). */
    static boolean sealed(Poll poll) {
        return poll.rules().secret() && poll.kind() != PollKind.CONSULTATION;
    }

    /** The key that seals each poll's ballots, for the ballot box; a poll closed meanwhile is said closed. */
    BallotBox.Keys keys() {
        return (handle, pollId) -> {
            try {
                return keyring.forPoll(pollId, store.ballotKey(handle, pollId));
            } catch (UserError missing) {
                if (!store.isOpen(handle, pollId)) {
                    throw new UserError("sondage.clos", String.valueOf(pollId));
                }
                throw missing;
            }
        };
    }

    /** A new poll: a secret one gets its own key. */
    void opened(Handle handle, Poll poll) {
        if (sealed(poll)) {
            store.setBallotKey(handle, poll.id(), keyring.create(poll.id()));
        }
    }

    /** Locks the poll's row for the rest of the transaction; refuses a closed poll. */
    void lockOpen(Handle handle, Poll poll) {
        if (!store.lockOpen(handle, poll.id())) {
            throw new UserError("sondage.clos", poll.key());
        }
    }

    /** The ballots to count: for an open secret poll, the batched live tally. */
    Map<String, Integer> shown(Handle handle, Poll poll, Map<String, Integer> exact) {
        return sealed(poll) && poll.isOpen() ? live.shown(handle, poll, exact, clock.instant()) : exact;
    }

    Optional<Instant> nextMove(Handle handle, Poll poll, Map<String, Integer> exact) {
        return sealed(poll) && poll.isOpen() ? live.nextMove(handle, poll, exact) : Optional.empty();
    }

    Optional<Instant> movedAt(Handle handle, Poll poll) {
        return live.movedAt(handle, poll.id());
    }

    /** Closed (rows unlinked, not committed yet): once committed, the poll's key is destroyed. */
    void closed(Handle handle, Poll poll) {
        if (store.ballotKey(handle, poll.id()) != null) {
            // once the unlinked rows are committed, nothing may open the sealed ones a file still holds
            handle.afterCommit(() -> keyring.destroy(poll.id()));
        }
        live.forget(handle, poll.id());
    }
}
