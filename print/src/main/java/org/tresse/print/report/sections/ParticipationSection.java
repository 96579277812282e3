package org.tresse.print.report.sections;

import static org.tresse.print.report.sections.Wording.count;
import static org.tresse.print.report.sections.Wording.percent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollActivity;
import org.tresse.core.poll.Polls;
import org.tresse.core.poll.Quorum;
import org.tresse.core.store.Handle;
import org.tresse.print.chart.Chart;
import org.tresse.print.internal.Days;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/**
 * "Participation": every poll and consultation open during the period, its turnout against those
 * who could answer, by channel where it was recorded, its quorum and its result — "en cours" while
 * it is open (a running tally is never printed). Then the turnout month after month, as a line.
 */
public final class ParticipationSection implements ReportSection {
    private final Polls polls;
    private final PollActivity activity;

    public ParticipationSection(Polls polls, PollActivity activity) {
        this.polls = polls;
        this.activity = activity;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        List<Poll> list = activity.between(handle, scope.since(), scope.until()).stream()
                .filter(poll -> scope.groupSlug().isEmpty() || poll.audience().group().equals(scope.groupSlug()))
                .toList();
        List<Block> blocks = new ArrayList<>();
        if (list.isEmpty()) {
            blocks.add(new Block.Paragraph(texts.get("rapport.participation.aucun")));
            return Optional.of(new Section("participation", texts.get("rapport.participation.titre"), blocks));
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        Map<LocalDate, int[]> months = new TreeMap<>();
        long votes = 0;
        int open = 0;
        for (Poll poll : list) {
            int voters = polls.voterCount(handle, poll);
            votes += voters;
            OptionalInt eligible = polls.eligibleCount(handle, poll);
            OptionalInt turnout = eligible.isPresent() && eligible.getAsInt() > 0
                    ? OptionalInt.of((int) Math.round(100.0 * voters / eligible.getAsInt())) : OptionalInt.empty();
            String status;
            String result;
            if (poll.isOpen()) {
                open++;
                status = poll.closesAt().map(at -> texts.get("rapport.participation.en.cours.jusqua", Days.shortDay(texts, at, scope.zone())))
                        .orElseGet(() -> texts.get("rapport.participation.en.cours"));
                result = texts.get("rapport.participation.en.cours");
            } else {
                status = texts.get("rapport.participation.clos.le", Days.shortDay(texts, poll.closedAt().get(), scope.zone()));
                result = PollWording.result(texts, poll, polls.result(handle, poll));
                if (turnout.isPresent() && scope.contains(poll.closedAt().get())) {
                    LocalDate month = poll.closedAt().get().atZone(scope.zone()).toLocalDate().withDayOfMonth(1);
                    int[] sum = months.computeIfAbsent(month, any -> new int[2]);
                    sum[0] += turnout.getAsInt();
                    sum[1]++;
                }
            }
            String participation = eligible.isPresent()
                    ? texts.get("rapport.participation.sur", count(texts, voters), count(texts, eligible.getAsInt()), percent(texts, turnout))
                    : texts.get("rapport.participation.public", count(texts, voters));
            rows.add(List.of(
                    Block.Cell.linked(texts.get("rapport.participation.numero", poll.id()), scope.links().pollPage(poll.id())),
                    Block.Cell.of(texts.get("rapport.participation.question", Excerpt.of(poll.question(), 160), PollWording.kind(texts, poll.kind()))),
                    Block.Cell.of(status),
                    Block.Cell.of(participation),
                    Block.Cell.of(quorum(texts, poll, voters, eligible)),
                    Block.Cell.of(result),
                    Block.Cell.of(byChannel(texts, poll, voters, activity.votersByChannel(handle, poll)))));
        }
        blocks.add(new Block.Figures(List.of(
                new Block.Figure(count(texts, list.size()), texts.get("rapport.participation.sondages")),
                new Block.Figure(count(texts, open), texts.get("rapport.participation.ouverts")),
                new Block.Figure(count(texts, votes), texts.get("rapport.participation.votes")),
                new Block.Figure(mean(texts, months), texts.get("rapport.participation.moyenne")))));
        blocks.add(new Block.Table(texts.get("rapport.participation.tableau"),
                List.of(texts.get("rapport.colonne.numero"), texts.get("rapport.colonne.question"), texts.get("rapport.colonne.statut"), texts.get("rapport.colonne.participation"),
                        texts.get("rapport.colonne.quorum"), texts.get("rapport.colonne.resultat"), texts.get("rapport.colonne.par.canal")),
                rows, Set.of()));
        blocks.add(new Block.Paragraph(texts.get("rapport.participation.canaux.note")));
        if (!months.isEmpty()) {
            List<Chart.Datum> line = new ArrayList<>();
            months.forEach((month, sum) -> {
                int average = Math.round((float) sum[0] / sum[1]);
                line.add(new Chart.Datum(Days.month(texts, month), average, percent(texts, average)));
            });
            blocks.add(new Block.Graphic(new Chart("participation-par-mois", Chart.Kind.LINE, texts.get("rapport.participation.graphique"),
                    texts.get("rapport.participation.graphique.desc", Wording.describe(texts, line)), texts.get("rapport.colonne.mois"),
                    texts.get("rapport.colonne.participation.moyenne"), line, 100)));
        }
        return Optional.of(new Section("participation", texts.get("rapport.participation.titre"), blocks));
    }

    private static String quorum(Texts texts, Poll poll, int voters, OptionalInt eligible) {
        if (poll.rules().quorum().isEmpty()) {
            return texts.get("rapport.participation.quorum.aucun");
        }
        Quorum quorum = poll.rules().quorum().get();
        if (quorum.percent() && eligible.isEmpty()) {
            return texts.get("impression.nombre.inconnu");
        }
        int required = quorum.required(eligible.orElse(0));
        boolean met = voters >= required;
        if (poll.isOpen()) {
            return texts.get(met ? "rapport.participation.quorum.deja" : "rapport.participation.quorum.pas.encore", required);
        }
        return texts.get(met ? "rapport.participation.quorum.atteint" : "rapport.participation.quorum.manque", required);
    }

    private static String byChannel(Texts texts, Poll poll, int voters, Map<String, Integer> channels) {
        if (poll.rules().secret()) {
            return texts.get("rapport.participation.canal.secret");
        }
        if (voters == 0) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        int known = 0;
        for (Map.Entry<String, Integer> entry : channels.entrySet()) {
            parts.add(texts.get("rapport.graphique.valeur", Wording.channel(texts, entry.getKey()), entry.getValue()));
            known += entry.getValue();
        }
        if (known < voters) {
            parts.add(texts.get("rapport.participation.canal.inconnu", voters - known));
        }
        return String.join(", ", parts);
    }

    private static String mean(Texts texts, Map<LocalDate, int[]> months) {
        int sum = 0;
        int polls = 0;
        for (int[] month : months.values()) {
            sum += month[0];
            polls += month[1];
        }
        return polls == 0 ? texts.get("impression.nombre.inconnu") : percent(texts, Math.round((float) sum / polls));
    }
}
