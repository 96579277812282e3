package org.tresse.core.poll.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollLimits;
import org.tresse.core.store.Handle;

/**
 * The live tally of an open secret poll whose results are shown: the last tally shown, which moves
 * only in batches. A batch holds at least {@link PollLimits#SECRET_TALLY_PERSONS} persons' changes
 * (each person changes the multiset of ballots by at most two: one ballot less, one more) and comes
 * at least {@link PollLimits#SECRET_TALLY_WINDOW} after the previous one, so an observer who asks
 * after every vote cannot pin a change on a voter. The rows hold aggregates only, never a person's.
 * What this cannot hide: the votes cast between the last batch and the close show in the final
 * result, and accomplices who know their own votes can subtract them.
 */
public final class LiveTally {
    private static final Duration WINDOW = PollLimits.SECRET_TALLY_WINDOW;
    private static final int MOVE = 2 * PollLimits.SECRET_TALLY_PERSONS - 1;
    /** Longer than the column: the tally stops moving rather than fail a vote. */
    private static final int MAX_ENCODED = 100_000;

    /** What to show now, given the exact ballots: the last tally shown, or the exact one if a batch is due. */
    public Map<String, Integer> shown(Handle handle, Poll poll, Map<String, Integer> exact, Instant now) {
        Snapshot last = last(handle, poll);
        if (distance(last.ballots(), exact) >= MOVE && !now.isBefore(last.takenAt().plus(WINDOW))
                && store(handle, poll.id(), exact, now)) {
            return exact;
        }
        return last.ballots();
    }

    /** When the tally may move next, if enough persons' changes wait for it. */
    public Optional<Instant> nextMove(Handle handle, Poll poll, Map<String, Integer> exact) {
        Snapshot last = last(handle, poll);
        return distance(last.ballots(), exact) >= MOVE ? Optional.of(last.takenAt().plus(WINDOW)) : Optional.empty();
    }

    /** When the tally shown last moved; empty if it never did. */
    public Optional<Instant> movedAt(Handle handle, long pollId) {
        return handle.one("select taken_at from poll_live_tally where poll_id = ?", row -> Handle.instant(row, "taken_at"), pollId);
    }

    /** At close: the final result replaces the live tally. */
    public void forget(Handle handle, long pollId) {
        handle.update("delete from poll_live_tally where poll_id = ?", pollId);
    }

    /** How many ballots one would have to add or remove to go from one multiset to the other. */
    static int distance(Map<String, Integer> before, Map<String, Integer> after) {
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        int distance = 0;
        for (String ballot : all) {
            distance += Math.abs(before.getOrDefault(ballot, 0) - after.getOrDefault(ballot, 0));
        }
        return distance;
    }

    private Snapshot last(Handle handle, Poll poll) {
        return handle.one("select ballots, taken_at from poll_live_tally where poll_id = ?",
                row -> new Snapshot(decode(row.getString(1)), Handle.instant(row, "taken_at")), poll.id())
                .orElseGet(() -> new Snapshot(Map.of(), poll.createdAt()));
    }

    private static boolean store(Handle handle, long pollId, Map<String, Integer> ballots, Instant now) {
        String encoded = encode(ballots);
        if (encoded.length() > MAX_ENCODED) {
            return false;
        }
        if (handle.update("update poll_live_tally set ballots = ?, taken_at = ? where poll_id = ?", encoded, now, pollId) == 0) {
            handle.update("insert into poll_live_tally (poll_id, ballots, taken_at) values (?, ?, ?)", pollId, encoded, now);
        }
        return true;
    }

    /** Sorted, so that nothing of the order ballots came in survives. */
    static String encode(Map<String, Integer> ballots) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(ballots).forEach((ballot, count) -> text.append(ballot).append('\t').append(count).append('\n'));
        return text.toString();
    }

    static Map<String, Integer> decode(String text) {
        Map<String, Integer> ballots = new HashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                ballots.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        }
        return ballots;
    }

    private record Snapshot(Map<String, Integer> ballots, Instant takenAt) {}
}
