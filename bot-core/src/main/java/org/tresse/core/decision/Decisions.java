package org.tresse.core.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.engine.UserError;
import org.tresse.core.store.Handle;
import org.tresse.core.text.Folding;
import org.tresse.core.text.Truncation;

/**
 * The decision register: what was decided, when, by whom, how. Entries are never edited in
 * place: a revision or a cancellation is an event added to the history.
 */
public final class Decisions {
    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 5000;

    private final Clock clock;

    public Decisions(Clock clock) {
        this.clock = clock;
    }

    /** Identity linking: what {@code from} recorded becomes {@code into}'s. */
    public void merge(Handle handle, long from, long into) {
        handle.update("update decision set recorded_by = ? where recorded_by = ?", into, from);
        handle.update("update decision_event set person_id = ? where person_id = ?", into, from);
    }

    /** Records a decision taken in a meeting. */
    public Decision record(Handle handle, NewDecision decision) {
        checkText(decision.title(), decision.body());
        long id = handle.insert("insert into decision (title, body, group_slug, decided_on, source, outcome, recorded_by, "
                        + "recorded_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                decision.title().strip(), decision.body().strip(), decision.group().orElse(null), decision.decidedOn(),
                Decision.Source.MEETING, Decision.Outcome.RECORDED, decision.recordedBy(), clock.instant(),
                searchText(decision.title(), decision.body()));
        return find(handle, id).orElseThrow();
    }

    /** Records the outcome of a proposal at its close. */
    public Decision recordPoll(Handle handle, long pollId, String question, Optional<String> group, LocalDate decidedOn,
            boolean adopted, PollVote vote) {
        return recordPoll(handle, pollId, question, group, decidedOn, adopted, vote, Optional.empty());
    }

    /** Records the outcome of a proposal: at its close, or later by a coordinator ({@code recordedBy}). */
    public Decision recordPoll(Handle handle, long pollId, String question, Optional<String> group, LocalDate decidedOn,
            boolean adopted, PollVote vote, Optional<Long> recordedBy) {
        String title = Truncation.clip(question.strip(), MAX_TITLE);
        long id = handle.insert("insert into decision (title, body, group_slug, decided_on, source, outcome, poll_id, votes_for, "
                        + "votes_against, abstentions, blocks, voters, eligible, quorum_required, quorum_met, threshold, consent, "
                        + "recorded_by, recorded_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                title, question.strip(), group.orElse(null), decidedOn, Decision.Source.POLL,
                adopted ? Decision.Outcome.ADOPTED : Decision.Outcome.REJECTED, pollId, vote.pour(), vote.contre(),
                vote.abstention(), vote.blocage(), vote.voters(), vote.eligible().isPresent() ? vote.eligible().getAsInt() : null,
                vote.quorumRequired(), vote.quorumMet(), vote.threshold().orElse(null), vote.consent(), recordedBy.orElse(null),
                clock.instant(), searchText(title, question));
        return find(handle, id).orElseThrow();
    }

    /**
     * Records the result of a closed poll that is not a proposal (a choice, a ranking, a judgment, a
     * consultation), in words, as a coordinator asked: outcome {@code RECORDED}, source {@code POLL}.
     */
    public Decision recordPollResult(Handle handle, long pollId, String question, String body, Optional<String> group,
            LocalDate decidedOn, long recordedBy) {
        String title = Truncation.clip(question.strip(), MAX_TITLE);
        String text = Truncation.clip(body.strip(), MAX_BODY);
        long id = handle.insert("insert into decision (title, body, group_slug, decided_on, source, outcome, poll_id, recorded_by, "
                        + "recorded_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                title, text, group.orElse(null), decidedOn, Decision.Source.POLL, Decision.Outcome.RECORDED, pollId, recordedBy,
                clock.instant(), searchText(title, text));
        return find(handle, id).orElseThrow();
    }

    public Optional<Decision> find(Handle handle, long id) {
        return handle.one("select * from decision where id = ?", Decisions::map, id).map(decision -> withHistory(handle, decision));
    }

    /** The decision, or a refusal naming the unknown number. */
    public Decision get(Handle handle, long id) {
        return find(handle, id).orElseThrow(() -> new UserError("decision.inconnue", id));
    }

    /** Adds a revision: a new title and/or text; the earlier ones stay in the history. */
    public Decision revise(Handle handle, long id, Optional<String> title, Optional<String> body, long personId) {
        Decision decision = get(handle, id);
        if (decision.cancelled()) {
            throw new UserError("decision.annulee.deja", id);
        }
        if (title.isEmpty() && body.isEmpty()) {
            throw new UserError("decision.modifier.vide", id);
        }
        checkText(title.orElse(decision.currentTitle()), body.orElse(decision.currentBody()));
        handle.update("insert into decision_event (decision_id, kind, title, body, person_id, happened_at, search_text) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", id, DecisionEvent.Kind.REVISED, title.map(String::strip).orElse(null),
                body.map(String::strip).orElse(null), personId, clock.instant(), searchText(title.orElse(""), body.orElse("")));
        return get(handle, id);
    }

    /** Cancels (supersedes) a decision, with the reason; it stays readable. */
    public Decision cancel(Handle handle, long id, String reason, long personId) {
        Decision decision = get(handle, id);
        if (decision.cancelled()) {
            throw new UserError("decision.annulee.deja", id);
        }
        if (reason.isBlank()) {
            throw new UserError("decision.annuler.raison", id);
        }
        handle.update("insert into decision_event (decision_id, kind, reason, person_id, happened_at, search_text) "
                        + "values (?, ?, ?, ?, ?, ?)", id, DecisionEvent.Kind.CANCELLED, Truncation.clip(reason.strip(), 2000), personId,
                clock.instant(), searchText(reason, ""));
        return get(handle, id);
    }

    /** Decisions matching the query, newest first (by date decided, then by number). */
    public DecisionPage search(Handle handle, DecisionQuery query) {
        return search(handle, query, DecisionScope.EVERYTHING);
    }

    /** Decisions matching the query within {@code scope} (the public pages' view), newest first. */
    public DecisionPage search(Handle handle, DecisionQuery query, DecisionScope scope) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        for (String word : query.words()) {
            String folded = Folding.forSearch(word);
            if (folded.isEmpty()) {
                continue;
            }
            String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (d.search_text like ? escape '\\' or exists (select 1 from decision_event e "
                    + "where e.decision_id = d.id and e.search_text like ? escape '\\'))");
            arguments.add(pattern);
            arguments.add(pattern);
        }
        query.group().ifPresent(group -> {
            where.append(" and d.group_slug = ?");
            arguments.add(group);
        });
        query.since().ifPresent(since -> {
            where.append(" and d.decided_on >= ?");
            arguments.add(since);
        });
        scope.until().ifPresent(until -> {
            where.append(" and d.decided_on <= ?");
            arguments.add(until);
        });
        for (String hidden : scope.hiddenGroups()) {
            where.append(" and (d.group_slug is null or d.group_slug <> ?)");
            arguments.add(hidden);
        }
        long total = handle.count("select count(*) from decision d" + where, arguments.toArray());
        long offset = (long) (query.page() - 1) * query.pageSize();
        List<Long> ids = handle.list("select d.id from decision d" + where + " order by d.decided_on desc, d.id desc offset "
                + offset + " rows fetch first " + query.pageSize() + " rows only", row -> row.getLong(1), arguments.toArray());
        List<Decision> decisions = ids.stream().map(id -> find(handle, id).orElseThrow()).toList();
        return new DecisionPage(decisions, total, query.page(), query.pageSize());
    }

    /** Decisions recorded in [since, until), oldest first. */
    public List<Decision> recordedBetween(Handle handle, Instant since, Instant until) {
        return handle.list("select * from decision where recorded_at >= ? and recorded_at < ? order by recorded_at, id",
                Decisions::map, since, until).stream().map(decision -> withHistory(handle, decision)).toList();
    }

    /** The decisions taken from {@code from} to {@code to} (both included), of a group if given, oldest first, with their history. */
    public List<Decision> decidedBetween(Handle handle, LocalDate from, LocalDate to, Optional<String> group) {
        List<Decision> decisions = group.isPresent()
                ? handle.list("select * from decision where decided_on >= ? and decided_on <= ? and group_slug = ? order by decided_on, id",
                        Decisions::map, from, to, group.get())
                : handle.list("select * from decision where decided_on >= ? and decided_on <= ? order by decided_on, id",
                        Decisions::map, from, to);
        return decisions.stream().map(decision -> withHistory(handle, decision)).toList();
    }

    /** Every decision, oldest first, with its history: for exports. */
    public List<Decision> all(Handle handle) {
        List<Decision> decisions = handle.list("select * from decision order by decided_on, id", Decisions::map);
        return decisions.stream().map(decision -> withHistory(handle, decision)).toList();
    }

    private static Decision withHistory(Handle handle, Decision decision) {
        List<DecisionEvent> history = handle.list("select * from decision_event where decision_id = ? order by id",
                row -> new DecisionEvent(row.getLong("id"), DecisionEvent.Kind.valueOf(row.getString("kind")),
                        Optional.ofNullable(row.getString("title")), Optional.ofNullable(row.getString("body")),
                        Optional.ofNullable(row.getString("reason")), optionalLong(row, "person_id"),
                        Handle.instant(row, "happened_at")), decision.id());
        return new Decision(decision.id(), decision.title(), decision.body(), decision.group(), decision.decidedOn(),
                decision.source(), decision.outcome(), decision.pollId(), decision.pollVote(), decision.recordedBy(),
                decision.recordedAt(), history);
    }

    private static Decision map(ResultSet row) throws SQLException {
        Optional<Long> pollId = optionalLong(row, "poll_id");
        Optional<PollVote> vote = Optional.empty();
        if (pollId.isPresent() && row.getObject("votes_for") != null) {
            Object eligible = row.getObject("eligible");
            vote = Optional.of(new PollVote(row.getInt("votes_for"), row.getInt("votes_against"), row.getInt("abstentions"),
                    row.getInt("blocks"), row.getInt("voters"),
                    eligible == null ? OptionalInt.empty() : OptionalInt.of(((Number) eligible).intValue()),
                    row.getInt("quorum_required"), row.getBoolean("quorum_met"), Optional.ofNullable(row.getString("threshold")),
                    row.getBoolean("consent")));
        }
        return new Decision(row.getLong("id"), row.getString("title"), row.getString("body"),
                Optional.ofNullable(row.getString("group_slug")), row.getObject("decided_on", LocalDate.class),
                Decision.Source.valueOf(row.getString("source")), Decision.Outcome.valueOf(row.getString("outcome")), pollId, vote,
                optionalLong(row, "recorded_by"), Handle.instant(row, "recorded_at"), List.of());
    }

    private static Optional<Long> optionalLong(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? Optional.empty() : Optional.of(((Number) value).longValue());
    }

    private static void checkText(String title, String body) {
        if (title.isBlank()) {
            throw new UserError("decision.titre.vide");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new UserError("decision.titre.long", MAX_TITLE, title.strip().length());
        }
        if (body.strip().length() > MAX_BODY) {
            throw new UserError("decision.texte.long", MAX_BODY, body.strip().length());
        }
    }

    private static String searchText(String title, String body) {
        return Truncation.clip(Folding.forSearch(title + " " + body), 12000);
    }
}
