package org.tresse.print.report.sections;

import static org.tresse.print.report.sections.Wording.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.decision.Decision;
import org.tresse.core.decision.Decisions;
import org.tresse.core.decision.PollVote;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;
import org.tresse.print.internal.Days;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/** "Décisions": the register's entries of the period, how each was taken (a poll and its tally, or a meeting), with links. */
public final class DecisionSection implements ReportSection {
    private final Decisions decisions;

    public DecisionSection(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        List<Decision> list = decisions.decidedBetween(handle, scope.from(), scope.to(), scope.groupSlug());
        List<Block> blocks = new ArrayList<>();
        if (list.isEmpty()) {
            blocks.add(new Block.Paragraph(texts.get("rapport.decisions.aucune")));
            return Optional.of(new Section("decisions", texts.get("rapport.decisions.titre"), blocks));
        }
        long byPoll = list.stream().filter(decision -> decision.source() == Decision.Source.POLL).count();
        long cancelled = list.stream().filter(Decision::cancelled).count();
        blocks.add(new Block.Figures(List.of(
                new Block.Figure(count(texts, list.size()), texts.get("rapport.decisions.nombre")),
                new Block.Figure(count(texts, byPoll), texts.get("rapport.decisions.par.sondage")),
                new Block.Figure(count(texts, list.size() - byPoll), texts.get("rapport.decisions.en.reunion")),
                new Block.Figure(count(texts, cancelled), texts.get("rapport.decisions.annulees")))));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Decision decision : list) {
            rows.add(List.of(
                    Block.Cell.linked(texts.get("rapport.decisions.numero", decision.id()), scope.links().decisionPage(decision.id())),
                    Block.Cell.of(Days.day(texts, decision.decidedOn())),
                    Block.Cell.of(Excerpt.of(decision.currentTitle(), 160)),
                    Block.Cell.of(how(texts, decision)),
                    Block.Cell.of(outcome(texts, decision))));
        }
        blocks.add(new Block.Table(texts.get("rapport.decisions.tableau"),
                List.of(texts.get("rapport.colonne.numero"), texts.get("rapport.colonne.date"), texts.get("rapport.colonne.decision"), texts.get("rapport.colonne.comment"),
                        texts.get("rapport.colonne.issue")),
                rows, Set.of()));
        return Optional.of(new Section("decisions", texts.get("rapport.decisions.titre"), blocks));
    }

    private static String how(Texts texts, Decision decision) {
        if (decision.pollVote().isEmpty()) {
            // a choice, a ranking… recorded from a poll's result, or a meeting
            return decision.pollId().map(poll -> texts.get("rapport.decisions.sondage.resultat", poll))
                    .orElseGet(() -> texts.get("rapport.decisions.reunion"));
        }
        PollVote vote = decision.pollVote().get();
        String turnout = vote.eligible().isPresent()
                ? texts.get("rapport.decisions.votants.sur", vote.voters(), vote.eligible().getAsInt()) : texts.get("rapport.decisions.votants", vote.voters());
        return texts.get("rapport.decisions.sondage", decision.pollId().orElse(0L), vote.pour(), vote.contre(), vote.abstention(), turnout)
                + (vote.consent() && vote.blocage() > 0 ? " " + texts.get("rapport.decisions.blocages", vote.blocage()) : "");
    }

    private static String outcome(Texts texts, Decision decision) {
        if (decision.cancelled()) {
            return texts.get("rapport.decisions.issue.annulee");
        }
        String outcome = texts.get("rapport.decisions.issue." + decision.outcome().name());
        return decision.revisions() > 0 ? outcome + " " + texts.get("rapport.decisions.modifiee", decision.revisions()) : outcome;
    }
}
