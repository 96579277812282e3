package org.tresse.web.view;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tresse.core.decision.PollVote;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.tally.ConsultationResult;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.poll.tally.JudgmentResult;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.core.poll.tally.RankedResult;
import org.tresse.core.poll.tally.Turnout;

/** Tallies as charts, tables and sentences. Only called when the rules let results be shown. */
public final class Results {
    private Results() {}

    public static ResultView of(Texts t, Poll poll, PollResult result) {
        String chartId = "graphique-" + poll.id();
        Optional<String> turnout = Optional.of(turnout(t, result.turnout()));
        if (result instanceof ProposalResult proposal) {
            List<String> findings = new ArrayList<>();
            findings.add(t.get(proposal.adopted() ? "resultat.adoptee" : "resultat.rejetee"));
            if (proposal.blocked()) {
                findings.add(t.get("resultat.bloquee", proposal.blocage()));
            }
            proposal.threshold().ifPresent(threshold -> findings.add(t.get("resultat.seuil", threshold.toString(),
                    t.get(proposal.thresholdMet() ? "resultat.atteint" : "resultat.pas.atteint"))));
            quorum(t, result.turnout()).ifPresent(findings::add);
            return counts(t, chartId, poll.question(), options(t, proposal.consent()),
                    List.of((long) proposal.pour(), (long) proposal.contre(), (long) proposal.abstention(), (long) proposal.blocage()),
                    findings, turnout);
        }
        if (result instanceof CountResult count) {
            List<String> findings = new ArrayList<>();
            if (!count.leaders().isEmpty()) {
                String leaders = String.join(", ", count.leaders().stream().map(index -> poll.options().get(index)).toList());
                findings.add(t.get(count.tied() ? "resultat.egalite" : "resultat.en.tete", leaders));
            }
            quorum(t, result.turnout()).ifPresent(findings::add);
            return counts(t, chartId, poll.question(), poll.options(),
                    count.counts().stream().map(Integer::longValue).toList(), findings, turnout);
        }
        if (result instanceof RankedResult ranked) {
            List<String> findings = new ArrayList<>();
            ranked.winner().ifPresent(winner -> findings.add(t.get("resultat.gagnant.classement", poll.options().get(winner))));
            List<String> order = ranked.order().stream().map(index -> poll.options().get(index)).toList();
            if (ranked.winner().isPresent()) {
                findings.add(t.get("resultat.ordre", String.join(" > ", order)));
            }
            quorum(t, result.turnout()).ifPresent(findings::add);
            List<Long> first = new ArrayList<>();
            for (int value : ranked.firstPreferences()) {
                first.add((long) value);
            }
            return counts(t, chartId, t.get("resultat.premiers.choix"), poll.options(), first, findings, turnout);
        }
        if (result instanceof DatesResult dates) {
            List<String> labels = dateOptions(t, poll);
            List<String> findings = new ArrayList<>();
            findings.add(dates.best().isPresent() ? t.get("resultat.dates.meilleure", labels.get(dates.best().getAsInt()))
                    : t.get("resultat.dates.aucune"));
            quorum(t, result.turnout()).ifPresent(findings::add);
            return counts(t, chartId, t.get("resultat.dates.oui"), labels,
                    dates.dates().stream().map(date -> (long) date.yes()).toList(), findings, turnout);
        }
        if (result instanceof JudgmentResult judgment) {
            return judgment(t, chartId, poll, judgment, turnout);
        }
        ConsultationResult consultation = (ConsultationResult) result;
        return new ResultView(null, "", List.of(), List.of(),
                List.of(t.get("resultat.consultation", consultation.answers(), consultation.voters())), Optional.empty());
    }

    /** A date poll's dates as the visitor reads them ({@code 2024-03-12T20:00} as "mardi 12 mars 2024 à 20:00"). */
    public static List<String> dateOptions(Texts t, Poll poll) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(t.get("format.date.heure"), t.language().locale());
        return poll.options().stream().map(option -> format.format(LocalDateTime.parse(option))).toList();
    }

    /** A decision's tally as kept with it. */
    public static ResultView of(Texts t, long decisionId, String title, PollVote vote) {
        List<String> findings = new ArrayList<>();
        vote.threshold().ifPresent(threshold -> findings.add(t.get("resultat.seuil.simple", threshold)));
        if (vote.quorumRequired() > 0) {
            findings.add(t.get(vote.quorumMet() ? "resultat.quorum.atteint" : "resultat.quorum.manque", vote.quorumRequired()));
        }
        Turnout turnout = new Turnout(vote.voters(), vote.eligible(), vote.quorumRequired());
        return counts(t, "graphique-decision-" + decisionId, title, options(t, vote.consent()),
                List.of((long) vote.pour(), (long) vote.contre(), (long) vote.abstention(), (long) vote.blocage()), findings,
                Optional.of(turnout(t, turnout)));
    }

    private static List<String> options(Texts t, boolean consent) {
        List<String> labels = new ArrayList<>(List.of(t.get("option.pour"), t.get("option.contre"), t.get("option.abstention")));
        if (consent) {
            labels.add(t.get("option.blocage"));
        }
        return labels;
    }

    private static ResultView counts(Texts t, String chartId, String title, List<String> labels, List<Long> values,
            List<String> findings, Optional<String> turnout) {
        long total = values.stream().limit(labels.size()).mapToLong(Long::longValue).sum();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int index = 0; index < labels.size(); index++) {
            long value = index < values.size() ? values.get(index) : 0;
            String share = total == 0 ? "0 %" : Math.round(100.0 * value / total) + " %";
            bars.add(new BarChart.Bar(labels.get(index), value, value + " (" + share + ")"));
            rows.add(List.of(labels.get(index), String.valueOf(value), share));
        }
        String description = t.get("graphique.description", String.join(", ",
                bars.stream().map(bar -> bar.label() + " : " + bar.valueText()).toList()));
        BarChart chart = new BarChart(chartId, title, description, bars);
        return new ResultView(chart, t.get("tableau.option"), List.of(t.get("tableau.voix"), t.get("tableau.part")), rows,
                findings, turnout);
    }

    private static ResultView judgment(Texts t, String chartId, Poll poll, JudgmentResult judgment, Optional<String> turnout) {
        List<String> headers = new ArrayList<>();
        headers.add(t.get("tableau.mention"));
        for (Grade grade : Grade.values()) {
            headers.add(grade.label(t));
        }
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int option : judgment.order()) {
            List<String> row = new ArrayList<>();
            row.add(poll.options().get(option));
            Grade majority = judgment.majorityGrades().get(option);
            String gradeName = majority == null ? "—" : majority.label(t);
            row.add(gradeName);
            long good = 0;
            for (int rank = 0; rank < Grade.values().length; rank++) {
                long count = judgment.gradeCounts()[option][rank];
                row.add(String.valueOf(count));
                if (rank <= Grade.ASSEZ_BIEN.rank()) {
                    good += count;
                }
            }
            rows.add(row);
            bars.add(new BarChart.Bar(poll.options().get(option), good, good + " · " + gradeName.toLowerCase(Locale.ROOT)));
        }
        List<String> findings = new ArrayList<>();
        judgment.winner().ifPresent(winner -> findings.add(t.get("resultat.gagnant.jugement", poll.options().get(winner),
                judgment.majorityGrades().get(winner).label(t))));
        quorum(t, judgment.turnout()).ifPresent(findings::add);
        String description = t.get("graphique.description.jugement", String.join(", ",
                bars.stream().map(bar -> bar.label() + " : " + bar.valueText()).toList()));
        BarChart chart = new BarChart(chartId, t.get("graphique.titre.jugement"), description, bars);
        return new ResultView(chart, t.get("tableau.option"), headers, rows, findings, turnout);
    }

    private static String turnout(Texts t, Turnout turnout) {
        if (turnout.eligible().isPresent()) {
            return t.get("participation.sur", turnout.voters(), turnout.eligible().getAsInt(),
                    turnout.percent().isPresent() ? turnout.percent().getAsInt() : 0);
        }
        return t.get("participation", turnout.voters());
    }

    private static Optional<String> quorum(Texts t, Turnout turnout) {
        if (!turnout.hasQuorum()) {
            return Optional.empty();
        }
        return Optional.of(t.get(turnout.quorumMet() ? "resultat.quorum.atteint" : "resultat.quorum.manque",
                turnout.quorumRequired()));
    }
}
