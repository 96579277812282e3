package org.tresse.core.poll.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The poll_room_count table: the votes counted in a room for a poll, the latest entry counting. */
public final class RoomCountStore {
    public void put(Handle handle, long pollId, RoomVotes votes) {
        List<String> counts = votes.counts().stream().map(String::valueOf).toList();
        handle.upsert("poll_room_count", Columns.of("poll_id", pollId),
                Columns.of("counts", String.join(",", counts)).and("voters", votes.voters()).and("source", votes.source())
                        .and("entered_by", votes.enteredBy()).and("entered_at", votes.enteredAt()));
    }

    public Optional<RoomVotes> find(Handle handle, long pollId) {
        return handle.one("select * from poll_room_count where poll_id = ?", row -> {
            List<Integer> counts = new ArrayList<>();
            for (String count : row.getString("counts").split(",")) {
                counts.add(Integer.parseInt(count));
            }
            return new RoomVotes(counts, row.getString("source"), row.getLong("entered_by"), Handle.instant(row, "entered_at"));
        }, pollId);
    }

    /** Polls with votes counted in this room, by poll number. */
    public List<Long> counted(Handle handle, String source) {
        return handle.list("select poll_id from poll_room_count where source = ? order by poll_id", row -> row.getLong(1), source);
    }

    /** A cancelled poll's room count goes with its ballots. */
    public void discard(Handle handle, long pollId) {
        handle.update("delete from poll_room_count where poll_id = ?", pollId);
    }

    public void moveAuthor(Handle handle, long from, long into) {
        handle.update("update poll_room_count set entered_by = ? where entered_by = ?", into, from);
    }
}
