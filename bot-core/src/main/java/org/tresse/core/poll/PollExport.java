package org.tresse.core.poll;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tresse.core.export.Csv;
import org.tresse.core.export.Export;
import org.tresse.core.export.ExportFormat;
import org.tresse.core.export.Json;
import org.tresse.core.export.MarkdownText;
import org.tresse.core.export.Times;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.tally.ConsultationResult;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.poll.tally.JudgmentResult;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.core.poll.tally.RankedResult;
import org.tresse.core.store.Handle;

/**
 * {@code tresse export polls --format csv|md|json}: every poll with its turnout and, per option,
 * its count (first preferences for a ranking, the majority grade for a judgment) and its place.
 * Never a voter's choice: ballots are only ever counted. An open poll whose results are hidden
 * is exported without counts, a cancelled one without any. A spreadsheet's headers and words are
 * the association's, its times local; JSON keeps stable English keys and values.
 */
public final class PollExport implements Export {
    static final List<String> COLUMNS = List.of("poll_id", "question", "kind", "group", "audience", "secret", "results_hidden",
            "status", "created_at", "closes_at", "closed_at", "eligible", "voters", "turnout_percent", "quorum_required", "quorum_met",
            "outcome", "decision_id", "option", "label", "votes", "place", "majority_grade");

    private final Polls polls;
    private final ZoneId zone;

    /** @param zone the association's time zone, for the times people read */
    public PollExport(Polls polls, ZoneId zone) {
        this.polls = polls;
        this.zone = zone;
    }

    @Override
    public long count(Handle handle) {
        return handle.count("select count(*) from poll");
    }

    @Override
    public String countKey() {
        return "export.sondages.lignes";
    }

    @Override
    public String name() {
        return "sondages";
    }

    @Override
    public List<String> aliases() {
        return List.of("polls", "sondage", "poll");
    }

    @Override
    public void write(Handle handle, Texts texts, ExportFormat format, Writer out) throws IOException {
        List<Map<String, Object>> polled = new ArrayList<>();
        for (Poll poll : polls.all(handle)) {
            polled.add(describe(handle, texts, poll));
        }
        switch (format) {
            case CSV, EXCEL -> {
                List<List<Object>> rows = new ArrayList<>();
                for (Map<String, Object> poll : polled) {
                    Map<String, Object> words = spreadsheet(texts, poll);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> options = (List<Map<String, Object>>) poll.get("options");
                    if (options.isEmpty()) {
                        rows.add(COLUMNS.stream().map(words::get).toList());
                    }
                    for (Map<String, Object> option : options) {
                        Map<String, Object> row = new LinkedHashMap<>(words);
                        row.putAll(option);
                        rows.add(COLUMNS.stream().map(row::get).toList());
                    }
                }
                Csv.table(out, format, Csv.header(texts.get("export.sondages.colonnes")), rows);
            }
            case JSON -> Json.write(out, Map.of("polls", polled));
            case MD -> markdown(out, texts, polled);
        }
        out.flush();
    }

    /** A poll's row in the association's words: its kind, audience, status, outcome and yes/no, times local. */
    private Map<String, Object> spreadsheet(Texts texts, Map<String, Object> poll) {
        Map<String, Object> row = new LinkedHashMap<>(poll);
        row.put("kind", texts.get("export.sondages.sorte." + poll.get("kind")));
        row.put("audience", texts.get("export.sondages.public." + poll.get("audience")));
        row.put("status", texts.get("export.sondages.statut." + poll.get("status")));
        row.put("secret", texts.get(Boolean.TRUE.equals(poll.get("secret")) ? "export.oui" : "export.non"));
        row.put("results_hidden", texts.get(Boolean.TRUE.equals(poll.get("results_hidden")) ? "export.oui" : "export.non"));
        if (poll.get("quorum_met") != null) {
            row.put("quorum_met", texts.get(Boolean.TRUE.equals(poll.get("quorum_met")) ? "export.oui" : "export.non"));
        }
        Object outcome = poll.get("outcome");
        if (OUTCOMES.contains(outcome)) {
            row.put("outcome", texts.get("export.sondages.resultat." + String.valueOf(outcome).replace(' ', '.')));
        } else if (poll.get("answers") != null) {
            row.put("outcome", texts.get("export.sondages.reponses", poll.get("answers")));
        }
        for (String time : List.of("created_at", "closes_at", "closed_at")) {
            row.put(time, poll.get(time) == null ? null : Times.local(Instant.parse(String.valueOf(poll.get(time))), zone));
        }
        return row;
    }

    private Map<String, Object> describe(Handle handle, Texts texts, Poll poll) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("poll_id", poll.id());
        row.put("question", poll.question());
        row.put("kind", poll.kind().code());
        row.put("group", poll.audience().group().orElse(null));
        row.put("audience", poll.audience().open() ? "public" : poll.audience().group().isPresent() ? "group" : "members");
        row.put("secret", poll.rules().secret());
        row.put("results_hidden", poll.rules().resultsHidden());
        row.put("status", poll.cancelled() ? "cancelled" : poll.isOpen() ? "open" : "closed");
        row.put("created_at", poll.createdAt().toString());
        row.put("closes_at", poll.closesAt().map(Object::toString).orElse(null));
        row.put("closed_at", poll.closedAt().map(Object::toString).orElse(null));
        row.put("decision_id", poll.decisionId().orElse(null));
        List<Map<String, Object>> options = new ArrayList<>();
        if (poll.cancelled()) {
            row.put("outcome", "cancelled");
            row.put("options", options);
            return row;
        }
        if (!poll.resultsVisible()) {
            row.put("voters", polls.voterCount(handle, poll));
            row.put("outcome", "hidden until close");
            for (int index = 0; index < poll.options().size(); index++) {
                options.add(option(index, poll.options().get(index), null, null, null));
            }
            row.put("options", options);
            return row;
        }
        PollResult result = polls.result(handle, poll);
        row.put("eligible", result.turnout().eligible().isPresent() ? result.turnout().eligible().getAsInt() : null);
        row.put("voters", result.voters());
        row.put("turnout_percent", result.turnout().percent().isPresent() ? result.turnout().percent().getAsInt() : null);
        row.put("quorum_required", result.turnout().hasQuorum() ? result.turnout().quorumRequired() : null);
        row.put("quorum_met", result.turnout().hasQuorum() ? result.turnout().quorumMet() : null);
        row.put("outcome", outcome(poll, result));
        if (result instanceof ConsultationResult consultation) {
            row.put("answers", consultation.answers());
        }
        for (int index = 0; index < poll.options().size(); index++) {
            options.add(option(index, poll.options().get(index), votes(result, index), place(result, index), grade(result, index, texts)));
        }
        row.put("options", options);
        return row;
    }

    private static Map<String, Object> option(int index, String label, Integer votes, Integer place, String grade) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("option", index + 1);
        option.put("label", label);
        option.put("votes", votes);
        option.put("place", place);
        option.put("majority_grade", grade);
        return option;
    }

    /** The outcomes written as words of their own; any other is an option's label or a number of answers. */
    private static final List<String> OUTCOMES = List.of("adopted", "rejected", "tie", "no votes", "hidden until close", "cancelled");

    private static String outcome(Poll poll, PollResult result) {
        if (!poll.isOpen() && result.voters() == 0 && !(result instanceof ConsultationResult)) {
            return "no votes";
        }
        if (result instanceof ProposalResult proposal) {
            return proposal.adopted() ? "adopted" : "rejected";
        }
        if (result instanceof CountResult counts) {
            return counts.leaders().isEmpty() ? "no votes" : counts.tied() ? "tie"
                    : poll.options().get(counts.leaders().get(0));
        }
        if (result instanceof RankedResult ranked) {
            return ranked.winner().isEmpty() ? "no votes" : poll.options().get(ranked.winner().getAsInt());
        }
        if (result instanceof JudgmentResult judgment) {
            return judgment.winner().isEmpty() ? "no votes" : poll.options().get(judgment.winner().getAsInt());
        }
        if (result instanceof DatesResult dates) {
            return dates.best().isEmpty() ? "no votes" : poll.options().get(dates.best().getAsInt());
        }
        return ((ConsultationResult) result).answers() + " answers";
    }

    private static Integer votes(PollResult result, int option) {
        if (result instanceof ProposalResult proposal) {
            return new int[] {proposal.pour(), proposal.contre(), proposal.abstention(), proposal.blocage()}[option];
        }
        if (result instanceof CountResult counts) {
            return counts.counts().get(option);
        }
        if (result instanceof RankedResult ranked) {
            return ranked.firstPreferences()[option];
        }
        if (result instanceof DatesResult dates) {
            return dates.dates().get(option).yes();
        }
        return null;
    }

    private static Integer place(PollResult result, int option) {
        if (result instanceof RankedResult ranked && ranked.winner().isPresent()) {
            return ranked.order().indexOf(option) + 1;
        }
        if (result instanceof JudgmentResult judgment && judgment.winner().isPresent()) {
            return judgment.order().indexOf(option) + 1;
        }
        if (result instanceof DatesResult dates && dates.best().isPresent()) {
            return dates.order().indexOf(option) + 1;
        }
        return null;
    }

    private static String grade(PollResult result, int option, Texts texts) {
        if (result instanceof JudgmentResult judgment && judgment.winner().isPresent()) {
            return judgment.majorityGrades().get(option).label(texts);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void markdown(Writer out, Texts texts, List<Map<String, Object>> polled) throws IOException {
        StringBuilder text = new StringBuilder("# ").append(texts.get("export.sondages.md.titre")).append('\n');
        for (Map<String, Object> described : polled) {
            Map<String, Object> poll = spreadsheet(texts, described);
            text.append("\n## ").append(texts.get("export.sondages.md.numero", poll.get("poll_id"),
                            MarkdownText.inline(String.valueOf(poll.get("question")))))
                    .append("\n\n").append(poll.get("kind")).append(" · ").append(poll.get("status"))
                    .append(Boolean.TRUE.equals(described.get("secret")) ? " · " + texts.get("export.sondages.md.secret") : "")
                    .append(" · ").append(poll.get("eligible") == null ? texts.get("export.sondages.md.votants", poll.get("voters"))
                            : texts.get("export.sondages.md.votants.sur", poll.get("voters"), poll.get("eligible"), poll.get("turnout_percent")))
                    .append(" · ").append(MarkdownText.inline(String.valueOf(poll.get("outcome")))).append("\n");
            List<Map<String, Object>> options = (List<Map<String, Object>>) poll.get("options");
            if (!options.isEmpty()) {
                List<List<Object>> rows = new ArrayList<>();
                for (Map<String, Object> option : options) {
                    rows.add(Arrays.asList(option.get("option"), option.get("label"), option.get("votes"),
                            option.get("place"), option.get("majority_grade")));
                }
                text.append('\n').append(MarkdownText.table(Csv.header(texts.get("export.sondages.md.colonnes")), rows));
            }
        }
        out.write(text.toString());
    }
}
