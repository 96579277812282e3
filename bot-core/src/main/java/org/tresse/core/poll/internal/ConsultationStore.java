package org.tresse.core.poll.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.poll.ConsultationAnswer;
import org.tresse.core.store.Handle;

/** The consultation_answer table: free-text answers, with no person when the consultation is secret. */
public final class ConsultationStore {
    public void insert(Handle handle, long pollId, Long personId, String text, Instant at) {
        handle.update("insert into consultation_answer (poll_id, person_id, text, created_at) values (?, ?, ?, ?)",
                pollId, personId, text, at);
    }

    /** Answers to a consultation, oldest first. */
    public List<ConsultationAnswer> answers(Handle handle, long pollId) {
        return handle.list("select * from consultation_answer where poll_id = ? order by created_at, id",
                row -> new ConsultationAnswer(row.getLong("id"), row.getLong("poll_id"),
                        row.getObject("person_id") == null ? Optional.empty() : Optional.of(row.getLong("person_id")),
                        row.getString("text"), Handle.instant(row, "created_at")), pollId);
    }

    /** Who of {@code candidates} answered (never anyone for a secret consultation). */
    public Set<Long> answered(Handle handle, long pollId, List<Long> candidates) {
        Set<Long> answered = new HashSet<>(handle.list("select distinct person_id from consultation_answer where poll_id = ? "
                + "and person_id is not null", row -> row.getLong(1), pollId));
        answered.retainAll(candidates);
        return answered;
    }

    /** The persons who answered under their name (none for a secret consultation). */
    public List<Long> authors(Handle handle, long pollId) {
        return handle.list("select distinct person_id from consultation_answer where poll_id = ? and person_id is not null "
                + "order by person_id", row -> row.getLong(1), pollId);
    }

    public int count(Handle handle, long pollId) {
        return (int) handle.count("select count(*) from consultation_answer where poll_id = ?", pollId);
    }

    /** How many answered: each known person once, each anonymous answer as one. */
    public int persons(Handle handle, long pollId) {
        return (int) handle.count("select count(distinct person_id) from consultation_answer where poll_id = ?", pollId)
                + (int) handle.count("select count(*) from consultation_answer where poll_id = ? and person_id is null", pollId);
    }

    public void merge(Handle handle, long from, long into) {
        handle.update("update consultation_answer set person_id = ? where person_id = ?", into, from);
    }
}
