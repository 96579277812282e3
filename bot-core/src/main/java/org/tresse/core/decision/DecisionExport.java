package org.tresse.core.decision;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.tresse.core.store.Handle;

/**
 * {@code tresse export decisions --format csv|md|json}: the whole register, oldest first, each
 * decision as it reads now with its provenance; JSON and Markdown also carry the history. A
 * spreadsheet's headers and words are the association's ({@code issue: adoptée}), its times local.
 */
public final class DecisionExport implements Export {
    /** The words of the register's export, in each language. */
    public static final String BUNDLE = "org.tresse.core.decision.texts";
    static final List<String> COLUMNS = List.of("id", "decided_on", "title", "text", "group", "source", "outcome", "status",
            "poll_id", "votes_for", "votes_against", "abstentions", "blocks", "voters", "eligible", "turnout_percent",
            "quorum_required", "quorum_met", "threshold", "consent", "recorded_at", "revisions", "cancelled_reason");

    private final Decisions decisions;
    private final ZoneId zone;

    /** @param zone the association's time zone, for the times people read */
    public DecisionExport(Decisions decisions, ZoneId zone) {
        this.decisions = decisions;
        this.zone = zone;
    }

    @Override
    public long count(Handle handle) {
        return handle.count("select count(*) from decision");
    }

    @Override
    public String countKey() {
        return "export.decisions.lignes";
    }

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public List<String> aliases() {
        return List.of("décisions", "registre", "register");
    }

    @Override
    public void write(Handle handle, Texts texts, ExportFormat format, Writer out) throws IOException {
        List<Decision> all = decisions.all(handle);
        List<Map<String, Object>> rows = all.stream().map(DecisionExport::row).toList();
        switch (format) {
            case CSV, EXCEL -> Csv.table(out, format, Csv.header(texts.get("export.decisions.colonnes")),
                    all.stream().map(decision -> spreadsheetRow(texts, decision)).toList());
            case JSON -> {
                List<Map<String, Object>> withHistory = new ArrayList<>();
                for (int index = 0; index < all.size(); index++) {
                    Map<String, Object> row = new LinkedHashMap<>(rows.get(index));
                    row.put("history", history(all.get(index)));
                    withHistory.add(row);
                }
                Json.write(out, Map.of("decisions", withHistory));
            }
            case MD -> markdown(out, texts, all);
        }
        out.flush();
    }

    static Map<String, Object> row(Decision decision) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", decision.id());
        row.put("decided_on", decision.decidedOn().toString());
        row.put("title", decision.currentTitle());
        row.put("text", decision.currentBody());
        row.put("group", decision.group().orElse(null));
        row.put("source", decision.source().name().toLowerCase());
        row.put("outcome", decision.outcome().name().toLowerCase());
        row.put("status", decision.cancelled() ? "cancelled" : "in_force");
        row.put("poll_id", decision.pollId().orElse(null));
        PollVote vote = decision.pollVote().orElse(null);
        row.put("votes_for", vote == null ? null : vote.pour());
        row.put("votes_against", vote == null ? null : vote.contre());
        row.put("abstentions", vote == null ? null : vote.abstention());
        row.put("blocks", vote == null ? null : vote.blocage());
        row.put("voters", vote == null ? null : vote.voters());
        row.put("eligible", vote == null || vote.eligible().isEmpty() ? null : vote.eligible().getAsInt());
        row.put("turnout_percent", vote == null || vote.eligible().isEmpty() || vote.eligible().getAsInt() == 0 ? null
                : Math.round(100.0 * vote.voters() / vote.eligible().getAsInt()));
        row.put("quorum_required", vote == null || vote.quorumRequired() == 0 ? null : vote.quorumRequired());
        row.put("quorum_met", vote == null || vote.quorumRequired() == 0 ? null : vote.quorumMet());
        row.put("threshold", vote == null ? null : vote.threshold().orElse(null));
        row.put("consent", vote == null ? null : vote.consent());
        row.put("recorded_at", decision.recordedAt().toString());
        row.put("revisions", decision.revisions());
        row.put("cancelled_reason", decision.cancellation().flatMap(DecisionEvent::reason).orElse(null));
        return row;
    }

    /** A decision as a spreadsheet shows it, in the columns of {@code export.decisions.colonnes}. */
    private List<Object> spreadsheetRow(Texts texts, Decision decision) {
        Map<String, Object> row = row(decision);
        row.put("source", texts.get("export.decisions.provenance." + decision.source().name()));
        row.put("outcome", outcome(texts, decision));
        row.put("status", texts.get(decision.cancelled() ? "export.decisions.annulee" : "export.decisions.en.vigueur"));
        row.put("quorum_met", yesNo(texts, row.get("quorum_met")));
        row.put("consent", yesNo(texts, row.get("consent")));
        row.put("recorded_at", Times.local(decision.recordedAt(), zone));
        return COLUMNS.stream().map(row::get).toList();
    }

    private static String outcome(Texts texts, Decision decision) {
        return texts.get("export.decisions.issue." + decision.outcome().name());
    }

    private static Object yesNo(Texts texts, Object value) {
        return value == null ? null : texts.get(Boolean.TRUE.equals(value) ? "export.oui" : "export.non");
    }

    private static List<Map<String, Object>> history(Decision decision) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (DecisionEvent event : decision.history()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", event.kind().name().toLowerCase());
            row.put("at", event.happenedAt().toString());
            row.put("title", event.title().orElse(null));
            row.put("text", event.body().orElse(null));
            row.put("reason", event.reason().orElse(null));
            events.add(row);
        }
        return events;
    }

    private void markdown(Writer out, Texts texts, List<Decision> decisions) throws IOException {
        StringBuilder text = new StringBuilder("# ").append(texts.get("export.decisions.md.titre")).append('\n');
        for (Decision decision : decisions) {
            text.append("\n## ").append(texts.get("export.decisions.md.numero", decision.id(), MarkdownText.inline(decision.currentTitle())));
            if (decision.cancelled()) {
                text.append(" (").append(texts.get("export.decisions.annulee")).append(')');
            }
            text.append("\n\n").append(decision.decidedOn()).append(" · ").append(outcome(texts, decision));
            decision.group().ifPresent(group -> text.append(" · ").append(texts.get("export.decisions.md.groupe", MarkdownText.inline(group))));
            text.append("\n\n").append(MarkdownText.inline(decision.currentBody())).append('\n');
            decision.pollVote().ifPresent(vote -> text.append('\n').append(pollLine(texts, decision.pollId().orElseThrow(), vote)).append('\n'));
            for (DecisionEvent event : decision.history()) {
                String at = Times.local(event.happenedAt(), zone);
                text.append("\n- ").append(event.kind() == DecisionEvent.Kind.CANCELLED
                        ? texts.get("export.decisions.md.annulation", at, MarkdownText.inline(event.reason().orElse("")))
                        : event.body().map(body -> texts.get("export.decisions.md.modification.texte", at, MarkdownText.inline(body)))
                                .orElseGet(() -> texts.get("export.decisions.md.modification", at)));
            }
            if (!decision.history().isEmpty()) {
                text.append('\n');
            }
        }
        out.write(text.toString());
    }

    /** "Sondage n°3 : pour 1, contre 0, abstention 0, blocage 0 ; 1 votants sur 3 ; quorum atteint". */
    private static String pollLine(Texts texts, long pollId, PollVote vote) {
        String voters = vote.eligible().isPresent() ? texts.get("export.decisions.md.votants.sur", vote.voters(), vote.eligible().getAsInt())
                : texts.get("export.decisions.md.votants", vote.voters());
        String quorum = vote.quorumRequired() == 0 ? ""
                : texts.get(vote.quorumMet() ? "export.decisions.md.quorum.atteint" : "export.decisions.md.quorum.manque");
        return texts.get("export.decisions.md.sondage", pollId, vote.pour(), vote.contre(), vote.abstention(), vote.blocage(), voters, quorum);
    }
}
