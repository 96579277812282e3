package org.tresse.core.poll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.poll.internal.BallotBox;
import org.tresse.core.poll.internal.RoomCountStore;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.Tally;
import org.tresse.core.store.Handle;

/**
 * The votes a poll's result counts: its ballots online (a secret poll's as last shown, in batches)
 * and what was counted in a room, added as numbers. A room may hold members Tresse does not know:
 * there are then at least as many who could vote as voted.
 */
final class CountedVotes {
    private final SecretBallots secret;
    private final BallotBox ballots;
    private final RoomCountStore rooms = new RoomCountStore();

    CountedVotes(SecretBallots secret, BallotBox ballots) {
        this.secret = secret;
        this.ballots = ballots;
    }

    PollResult result(Handle handle, Poll poll, OptionalInt eligible) {
        Map<String, Integer> counted = new HashMap<>(online(handle, poll));
        Optional<RoomVotes> room = room(handle, poll);
        if (room.isEmpty()) {
            return Tally.count(poll.kind(), poll.options().size(), poll.rules(), counted, eligible);
        }
        for (int option = 0; option < poll.options().size(); option++) {
            if (room.get().at(option) > 0) {
                counted.merge(String.valueOf(option), room.get().at(option), Integer::sum);
            }
        }
        int voters = counted.values().stream().mapToInt(Integer::intValue).sum();
        OptionalInt could = eligible.isPresent() ? OptionalInt.of(Math.max(eligible.getAsInt(), voters)) : eligible;
        return Tally.count(poll.kind(), poll.options().size(), poll.rules(), counted, could);
    }

    PollResult onlineResult(Handle handle, Poll poll, OptionalInt eligible) {
        return Tally.count(poll.kind(), poll.options().size(), poll.rules(), online(handle, poll), eligible);
    }

    /** What was counted in a room; nothing for a cancelled poll (kept by versions that did not discard it). */
    Optional<RoomVotes> room(Handle handle, Poll poll) {
        return poll.cancelled() ? Optional.empty() : rooms.find(handle, poll.id());
    }

    /** Who said "oui" to this date of a date poll whose ballots name their voters. */
    List<Long> availableOn(Handle handle, Poll poll, int option) {
        List<Long> available = new ArrayList<>();
        ballots.byPerson(handle, poll).forEach((person, encoded) -> {
            if (((Answer.Dates) Answer.decode(PollKind.DATES, encoded)).at(option) == Availability.YES) {
                available.add(person);
            }
        });
        return available;
    }

    private Map<String, Integer> online(Handle handle, Poll poll) {
        return secret.shown(handle, poll, Tally.aggregate(ballots.answers(handle, poll)));
    }
}
