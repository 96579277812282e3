package org.tresse.core.poll.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.SecretBallotKey;
import org.tresse.core.store.Handle;

/**
 * The ballot table: one row per person and poll, the latest vote. An open poll's rows are keyed
 * {@code p<person id>}; an open secret poll's rows are keyed by {@link SecretBallotKey#voterKey}
 * under the poll's key, with a sealed answer (and the time it was cast inside the seal, to settle
 * merges), no person id and no time. Closing a secret poll rewrites its rows shuffled, open, keyed
 * by nothing. Every row has a random id: the order rows are stored in says nothing of the votes.
 */
public final class BallotBox {
    /** The key that seals the ballots of a poll. */
    @FunctionalInterface
    public interface Keys {
        SecretBallotKey of(Handle handle, long pollId);
    }

    private final Keys keys;
    private final SecureRandom random = new SecureRandom();

    public BallotBox(Keys keys) {
        this.keys = keys;
    }

    /** Records {@code encoded} as the person's ballot; true if it replaced an earlier one. */
    public boolean put(Handle handle, Poll poll, long personId, String encoded, Instant now) {
        if (poll.rules().secret()) {
            SecretBallotKey key = keys.of(handle, poll.id());
            String voterKey = key.voterKey(poll.id(), personId);
            String sealed = key.seal(poll.id(), voterKey, encoded + "|" + now.toEpochMilli());
            return upsert(handle, poll.id(), voterKey, null, sealed, null);
        }
        return upsert(handle, poll.id(), openKey(personId), personId, encoded, now);
    }

    private boolean upsert(Handle handle, long pollId, String voterKey, Long personId, String answer, Instant castAt) {
        int updated = handle.update("update ballot set answer = ?, cast_at = ? where poll_id = ? and voter_key = ?",
                answer, castAt, pollId, voterKey);
        if (updated == 0) {
            handle.update("insert into ballot (row_id, poll_id, voter_key, person_id, answer, cast_at) values (?, ?, ?, ?, ?, ?)",
                    rowId(), pollId, voterKey, personId, answer, castAt);
            return false;
        }
        return true;
    }

    /** A random row id: rows are stored in its order, which must follow no vote. */
    private long rowId() {
        return random.nextLong() & Long.MAX_VALUE;
    }

    /** The person's current ballot, encoded. */
    public Optional<String> get(Handle handle, Poll poll, long personId) {
        String voterKey = rowKey(handle, poll, personId);
        Optional<String> stored = handle.one("select answer from ballot where poll_id = ? and voter_key = ?",
                row -> row.getString(1), poll.id(), voterKey);
        return stored.map(answer -> poll.rules().secret() && poll.isOpen() ? unseal(handle, poll.id(), voterKey, answer).answer() : answer);
    }

    /** Withdraws the person's ballot; true if there was one. */
    public boolean remove(Handle handle, Poll poll, long personId) {
        return handle.update("delete from ballot where poll_id = ? and voter_key = ?", poll.id(), rowKey(handle, poll, personId)) > 0;
    }

    /** Discards every ballot of the poll (it is cancelled). */
    public void discard(Handle handle, long pollId) {
        handle.update("delete from ballot where poll_id = ?", pollId);
    }

    /** The persons with a ballot in an open poll that is not secret (a secret one's rows name nobody). */
    public List<Long> voters(Handle handle, long pollId) {
        return handle.list("select person_id from ballot where poll_id = ? and person_id is not null order by person_id",
                row -> row.getLong(1), pollId);
    }

    public int count(Handle handle, long pollId) {
        return (int) handle.count("select count(*) from ballot where poll_id = ?", pollId);
    }

    /** Every ballot of the poll, encoded, opened if sealed; in no meaningful order. */
    public List<String> answers(Handle handle, Poll poll) {
        boolean sealed = poll.rules().secret() && poll.isOpen();
        SecretBallotKey key = sealed ? keys.of(handle, poll.id()) : null;
        return handle.list("select voter_key, answer from ballot where poll_id = ?",
                row -> sealed ? unseal(key, poll.id(), row.getString(1), row.getString(2)).answer() : row.getString(2), poll.id());
    }

    /** Each voter's ballot, encoded, for a poll whose ballots name their voters (never a secret one). */
    public java.util.Map<Long, String> byPerson(Handle handle, Poll poll) {
        java.util.Map<Long, String> ballots = new java.util.LinkedHashMap<>();
        if (poll.rules().secret()) {
            return ballots;
        }
        handle.list("select person_id, answer from ballot where poll_id = ? and person_id is not null order by person_id", row -> {
            ballots.put(row.getLong(1), row.getString(2));
            return null;
        }, poll.id());
        return ballots;
    }

    /** Which of {@code candidates} have a ballot in the poll (while it is open, for a secret one). */
    public Set<Long> voted(Handle handle, Poll poll, List<Long> candidates) {
        Set<Long> voters = new HashSet<>();
        if (poll.rules().secret()) {
            SecretBallotKey key = keys.of(handle, poll.id());
            Set<String> rowKeys = new HashSet<>(handle.list("select voter_key from ballot where poll_id = ?",
                    row -> row.getString(1), poll.id()));
            for (long candidate : candidates) {
                if (rowKeys.contains(key.voterKey(poll.id(), candidate))) {
                    voters.add(candidate);
                }
            }
            return voters;
        }
        Set<Long> all = new HashSet<>(handle.list("select person_id from ballot where poll_id = ?", row -> row.getLong(1), poll.id()));
        for (long candidate : candidates) {
            if (all.contains(candidate)) {
                voters.add(candidate);
            }
        }
        return voters;
    }

    /**
     * At close, a secret poll's ballots lose every link to their voters: opened, shuffled, and
     * rewritten under keys that mean nothing, in one transaction that no person's event is part of.
     */
    public void unlink(Handle handle, Poll poll) {
        if (!poll.rules().secret()) {
            return;
        }
        List<String> answers = new ArrayList<>(answers(handle, poll));
        Collections.shuffle(answers, random);
        handle.update("delete from ballot where poll_id = ?", poll.id());
        List<Object[]> rows = new ArrayList<>(answers.size());
        for (int index = 0; index < answers.size(); index++) {
            rows.add(new Object[] {rowId(), poll.id(), "c" + index, answers.get(index)});
        }
        if (!rows.isEmpty()) {
            handle.batch("insert into ballot (row_id, poll_id, voter_key, person_id, answer, cast_at) values (?, ?, ?, null, ?, null)",
                    rows);
        }
    }

    /** Moves {@code from}'s ballots to {@code into}; where both voted on a poll, the latest vote stays. */
    public void merge(Handle handle, long from, long into, List<Long> openSecretPolls) {
        List<Object[]> open = handle.list("select poll_id, answer, cast_at from ballot where person_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2), Handle.instant(row, "cast_at")}, from);
        for (Object[] ballot : open) {
            long pollId = (Long) ballot[0];
            Optional<Instant> theirs = handle.one("select cast_at from ballot where poll_id = ? and voter_key = ?",
                    row -> Handle.instant(row, "cast_at"), pollId, openKey(into));
            if (theirs.isEmpty()) {
                handle.update("update ballot set voter_key = ?, person_id = ? where poll_id = ? and voter_key = ?",
                        openKey(into), into, pollId, openKey(from));
            } else {
                boolean fromIsLater = theirs.get() == null || (ballot[2] != null && ((Instant) ballot[2]).isAfter(theirs.get()));
                if (fromIsLater) {
                    handle.update("update ballot set answer = ?, cast_at = ? where poll_id = ? and voter_key = ?",
                            ballot[1], ballot[2], pollId, openKey(into));
                }
                handle.update("delete from ballot where poll_id = ? and voter_key = ?", pollId, openKey(from));
            }
        }
        for (long pollId : openSecretPolls) {
            mergeSecret(handle, pollId, from, into);
        }
    }

    private void mergeSecret(Handle handle, long pollId, long from, long into) {
        SecretBallotKey key = keys.of(handle, pollId);
        String fromKey = key.voterKey(pollId, from);
        Optional<String> moving = handle.one("select answer from ballot where poll_id = ? and voter_key = ?",
                row -> row.getString(1), pollId, fromKey);
        if (moving.isEmpty()) {
            return;
        }
        String intoKey = key.voterKey(pollId, into);
        Sealed fromBallot = unseal(key, pollId, fromKey, moving.get());
        Optional<Sealed> staying = handle.one("select answer from ballot where poll_id = ? and voter_key = ?",
                row -> unseal(key, pollId, intoKey, row.getString(1)), pollId, intoKey);
        handle.update("delete from ballot where poll_id = ? and voter_key = ?", pollId, fromKey);
        if (staying.isEmpty() || fromBallot.castAtMillis() > staying.get().castAtMillis()) {
            String resealed = key.seal(pollId, intoKey, fromBallot.answer() + "|" + fromBallot.castAtMillis());
            upsert(handle, pollId, intoKey, null, resealed, null);
        }
    }

    private String rowKey(Handle handle, Poll poll, long personId) {
        return poll.rules().secret() ? keys.of(handle, poll.id()).voterKey(poll.id(), personId) : openKey(personId);
    }

    private static String openKey(long personId) {
        return "p" + personId;
    }

    private Sealed unseal(Handle handle, long pollId, String voterKey, String sealed) {
        return unseal(keys.of(handle, pollId), pollId, voterKey, sealed);
    }

    private static Sealed unseal(SecretBallotKey key, long pollId, String voterKey, String sealed) {
        String plain = key.open(pollId, voterKey, sealed);
        int bar = plain.lastIndexOf('|');
        return new Sealed(plain.substring(0, bar), Long.parseLong(plain.substring(bar + 1)));
    }

    private record Sealed(String answer, long castAtMillis) {}
}
