package org.tresse.connector.matrix.internal;

import java.time.Clock;
import java.util.Optional;
import org.tresse.core.store.Database;

/** The Matrix connector's own tables (migration {@code V6_1__matrix.sql}). */
public final class MatrixStore {
    private final Database database;
    private final Clock clock;

    public MatrixStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The bot's stored login. */
    public record StoredSession(String deviceId, String accessToken) {
        @Override
        public String toString() {
            return "StoredSession[deviceId=" + deviceId + ", accessToken=" + (accessToken == null ? "none" : "***") + "]";
        }
    }

    /** A poll start event the bot sent. */
    public record PollRef(String startEventId, String roomId, String pollKey, int answerCount, int maxSelections) {}

    public Optional<StoredSession> session(String userId) {
        return database.inTransaction(handle -> handle.one(
                "select device_id, access_token from matrix_session where user_id = ?",
                row -> new StoredSession(row.getString(1), row.getString(2)), userId));
    }

    public void saveSession(String userId, String deviceId, String accessToken) {
        database.useTransaction(handle -> {
            int updated = handle.update("update matrix_session set device_id = ?, access_token = ?, updated_at = ? where user_id = ?",
                    deviceId, accessToken, clock.instant(), userId);
            if (updated == 0) {
                handle.update("insert into matrix_session (user_id, device_id, access_token, updated_at) values (?, ?, ?, ?)",
                        userId, deviceId, accessToken, clock.instant());
            }
        });
    }

    /** Forgets a refused token, keeping the device for the next login. */
    public void forgetToken(String userId) {
        database.useTransaction(handle -> handle.update(
                "update matrix_session set access_token = null, updated_at = ? where user_id = ?", clock.instant(), userId));
    }

    public Optional<String> directRoom(String userId) {
        return database.inTransaction(handle -> handle.one(
                "select room_id from matrix_direct_room where user_id = ?", row -> row.getString(1), userId));
    }

    public boolean isDirectRoom(String roomId) {
        return database.inTransaction(handle -> handle.count(
                "select count(*) from matrix_direct_room where room_id = ?", roomId)) > 0;
    }

    public void saveDirectRoom(String userId, String roomId) {
        database.useTransaction(handle -> {
            int updated = handle.update("update matrix_direct_room set room_id = ?, created_at = ? where user_id = ?",
                    roomId, clock.instant(), userId);
            if (updated == 0) {
                handle.update("insert into matrix_direct_room (user_id, room_id, created_at) values (?, ?, ?)",
                        userId, roomId, clock.instant());
            }
        });
    }

    /** Records a poll start; a second record of the same event (a retried send) changes nothing. */
    public void savePoll(PollRef poll) {
        database.useTransaction(handle -> {
            if (handle.count("select count(*) from matrix_poll where start_event_id = ?", poll.startEventId()) == 0) {
                handle.update("insert into matrix_poll (start_event_id, room_id, poll_key, answer_count, max_selections, created_at) "
                                + "values (?, ?, ?, ?, ?, ?)",
                        poll.startEventId(), poll.roomId(), poll.pollKey(), poll.answerCount(), poll.maxSelections(), clock.instant());
            }
        });
    }

    public Optional<PollRef> pollByStart(String startEventId) {
        return database.inTransaction(handle -> handle.one(
                "select start_event_id, room_id, poll_key, answer_count, max_selections from matrix_poll where start_event_id = ?",
                row -> new PollRef(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5)),
                startEventId));
    }

    /** The latest start event of poll {@code pollKey} in {@code roomId}. */
    public Optional<String> pollStart(String pollKey, String roomId) {
        return database.inTransaction(handle -> handle.list(
                "select start_event_id from matrix_poll where poll_key = ? and room_id = ? order by created_at desc",
                row -> row.getString(1), pollKey, roomId).stream().findFirst());
    }

    public boolean noticeSent(String roomId, String notice) {
        return database.inTransaction(handle -> handle.count(
                "select count(*) from matrix_room_notice where room_id = ? and notice = ?", roomId, notice)) > 0;
    }

    public void markNoticeSent(String roomId, String notice) {
        database.useTransaction(handle -> {
            if (handle.count("select count(*) from matrix_room_notice where room_id = ? and notice = ?", roomId, notice) == 0) {
                handle.update("insert into matrix_room_notice (room_id, notice, sent_at) values (?, ?, ?)",
                        roomId, notice, clock.instant());
            }
        });
    }
}
