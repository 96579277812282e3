package org.tresse.core.poll.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;
import org.tresse.core.poll.Audience;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollCancellation;
import org.tresse.core.poll.PollDraft;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollRules;
import org.tresse.core.poll.Quorum;
import org.tresse.core.poll.Threshold;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;

/** The poll, poll_option and poll_room tables. */
public final class PollStore {
    public long insert(Handle handle, PollDraft draft, Instant now) {
        PollRules rules = draft.rules();
        long id = handle.insert("insert into poll (question, kind, author_id, group_slug, open_audience, secret, results_hidden, "
                        + "consent, max_selections, quorum_value, quorum_percent, threshold_num, threshold_den, reminder_minutes, "
                        + "closes_at, created_at, origin_channel, origin_room, origin_room_kind) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                draft.question(), draft.kind(), draft.authorId(), draft.audience().group().orElse(null), draft.audience().open(),
                rules.secret(), rules.resultsHidden(), rules.consent(), rules.maxSelections(),
                rules.quorum().map(Quorum::value).orElse(null), rules.quorum().map(Quorum::percent).orElse(false),
                rules.threshold().map(Threshold::numerator).orElse(null), rules.threshold().map(Threshold::denominator).orElse(null),
                rules.reminder().map(duration -> (int) duration.toMinutes()).orElse(null),
                draft.closesAt().orElse(null), now,
                draft.origin().channel(), draft.origin().room(), draft.origin().kind());
        List<Object[]> options = new java.util.ArrayList<>();
        for (int position = 0; position < draft.options().size(); position++) {
            options.add(new Object[] {id, position, draft.options().get(position)});
        }
        if (!options.isEmpty()) {
            handle.batch("insert into poll_option (poll_id, position, label) values (?, ?, ?)", options);
        }
        return id;
    }

    public Optional<Poll> find(Handle handle, long id) {
        return handle.one("select * from poll where id = ?", row -> map(handle, row), id);
    }

    /** Every poll, oldest first. */
    public List<Poll> all(Handle handle) {
        return handle.list("select id from poll order by id", row -> row.getLong(1)).stream()
                .map(id -> find(handle, id).orElseThrow()).toList();
    }

    /** Polls opened in [since, until) and still open, oldest first. */
    public List<Poll> openedBetween(Handle handle, Instant since, Instant until) {
        return handle.list("select id from poll where created_at >= ? and created_at < ? and closed_at is null order by id",
                row -> row.getLong(1), since, until).stream().map(id -> find(handle, id).orElseThrow()).toList();
    }

    public List<Poll> open(Handle handle) {
        List<Long> ids = handle.list("select id from poll where closed_at is null order by id", row -> row.getLong(1));
        return ids.stream().map(id -> find(handle, id).orElseThrow()).toList();
    }

    /** The fingerprint of the poll's own ballot key; null if it has none (not secret, or sealed by ballot.key). */
    public String ballotKey(Handle handle, long id) {
        return handle.one("select ballot_key from poll where id = ?", row -> row.getString(1), id).orElse(null);
    }

    public void setBallotKey(Handle handle, long id, String fingerprint) {
        handle.update("update poll set ballot_key = ? where id = ?", fingerprint, id);
    }

    /**
     * Locks the poll's row until the end of the transaction, so that a vote and the close of the
     * same poll follow one another; false if the poll is closed (or gone).
     */
    public boolean lockOpen(Handle handle, long id) {
        return handle.one("select closed_at from poll where id = ? for update", row -> row.getObject(1) == null, id).orElse(false);
    }

    public boolean isOpen(Handle handle, long id) {
        return handle.count("select count(*) from poll where id = ? and closed_at is null", id) > 0;
    }

    public boolean exists(Handle handle, long id) {
        return handle.count("select count(*) from poll where id = ?", id) > 0;
    }

    /** Open secret polls with ballots of their own: id, the fingerprint of their key (or null) and how many ballots they hold. */
    public List<SecretPoll> openSecretBallots(Handle handle) {
        return handle.list("select p.id, p.ballot_key, (select count(*) from ballot b where b.poll_id = p.id) from poll p "
                        + "where p.closed_at is null and p.secret = ? and p.kind <> ? order by p.id",
                row -> new SecretPoll(row.getLong(1), row.getString(2), row.getInt(3)), true, "CONSULTATION");
    }

    /** An open secret poll, for the check at start. */
    public record SecretPoll(long id, String ballotKey, int ballots) {}

    /** Polls open at some moment of [since, until), oldest first. */
    public List<Poll> between(Handle handle, Instant since, Instant until) {
        List<Long> ids = handle.list("select id from poll where created_at < ? and (closed_at is null or closed_at >= ?) order by created_at, id",
                row -> row.getLong(1), until, since);
        return ids.stream().map(id -> find(handle, id).orElseThrow()).toList();
    }

    /** Open polls that are secret: the ones whose ballots a merge must move by key. */
    public List<Long> openSecret(Handle handle) {
        return handle.list("select id from poll where closed_at is null and secret = ? order by id", row -> row.getLong(1), true);
    }

    /** Marks the poll closed; false if it already was (a close job and /clore racing). */
    public boolean markClosed(Handle handle, long id, Instant now, OptionalInt eligible) {
        return handle.update("update poll set closed_at = ?, eligible_count = ? where id = ? and closed_at is null",
                now, eligible.isPresent() ? eligible.getAsInt() : null, id) == 1;
    }

    /** Marks the poll closed as cancelled; false if it was closed already. */
    public boolean markCancelled(Handle handle, long id, Instant now, long by, String reason) {
        return handle.update("update poll set closed_at = ?, cancelled_by = ?, cancel_reason = ? where id = ? and closed_at is null",
                now, by, reason, id) == 1;
    }

    public void linkDecision(Handle handle, long pollId, long decisionId) {
        handle.update("update poll set decision_id = ? where id = ?", decisionId, pollId);
    }

    public void addRoom(Handle handle, long pollId, Destination.Room room) {
        handle.insertIfAbsent("poll_room", Columns.of("poll_id", pollId).and("channel", room.channel()).and("room_id", room.room()),
                Columns.of("room_kind", room.kind().name()));
    }

    public List<Destination.Room> rooms(Handle handle, long pollId) {
        return handle.list("select channel, room_id, room_kind from poll_room where poll_id = ? order by channel, room_id",
                row -> new Destination.Room(row.getString(1), row.getString(2), RoomKind.valueOf(row.getString(3))), pollId);
    }

    public Optional<Instant> tallyShownAt(Handle handle, long pollId) {
        return handle.one("select tally_shown_at from poll where id = ? and tally_shown_at is not null",
                row -> Handle.instant(row, "tally_shown_at"), pollId);
    }

    public void tallyShown(Handle handle, long pollId, Instant at) {
        handle.update("update poll set tally_shown_at = ? where id = ?", at, pollId);
    }

    /** Identity linking: who cancelled a poll. */
    public void moveCanceller(Handle handle, long from, long into) {
        handle.update("update poll set cancelled_by = ? where cancelled_by = ?", into, from);
    }

    public void moveAuthor(Handle handle, long from, long into) {
        handle.update("update poll set author_id = ? where author_id = ?", into, from);
    }

    private static Poll map(Handle handle, ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Integer quorumValue = (Integer) row.getObject("quorum_value");
        Integer thresholdNumerator = (Integer) row.getObject("threshold_num");
        Integer reminder = (Integer) row.getObject("reminder_minutes");
        Integer eligible = (Integer) row.getObject("eligible_count");
        Object decision = row.getObject("decision_id");
        PollRules rules = new PollRules(
                row.getBoolean("secret"),
                row.getBoolean("results_hidden"),
                row.getBoolean("consent"),
                row.getInt("max_selections"),
                quorumValue == null ? Optional.empty() : Optional.of(new Quorum(quorumValue, row.getBoolean("quorum_percent"))),
                thresholdNumerator == null ? Optional.empty()
                        : Optional.of(new Threshold(thresholdNumerator, row.getInt("threshold_den"))),
                reminder == null ? Optional.empty() : Optional.of(Duration.ofMinutes(reminder)));
        Audience audience = new Audience(Optional.ofNullable(row.getString("group_slug")), row.getBoolean("open_audience"));
        Destination.Room origin = new Destination.Room(row.getString("origin_channel"), row.getString("origin_room"),
                RoomKind.valueOf(row.getString("origin_room_kind")));
        String question = row.getString("question");
        PollKind kind = PollKind.valueOf(row.getString("kind"));
        Optional<Instant> closesAt = Optional.ofNullable(Handle.instant(row, "closes_at"));
        long author = row.getLong("author_id");
        Instant createdAt = Handle.instant(row, "created_at");
        Optional<Instant> closedAt = Optional.ofNullable(Handle.instant(row, "closed_at"));
        Object cancelledBy = row.getObject("cancelled_by");
        Optional<PollCancellation> cancellation = cancelledBy == null || closedAt.isEmpty() ? Optional.empty()
                : Optional.of(new PollCancellation(closedAt.get(), ((Number) cancelledBy).longValue(), row.getString("cancel_reason")));
        List<String> options = handle.list("select label from poll_option where poll_id = ? order by position",
                option -> option.getString(1), id);
        return new Poll(id, question, kind, options, audience, rules, closesAt, author, createdAt, closedAt, origin,
                eligible == null ? OptionalInt.empty() : OptionalInt.of(eligible),
                decision == null ? Optional.empty() : Optional.of(((Number) decision).longValue()), cancellation);
    }
}
