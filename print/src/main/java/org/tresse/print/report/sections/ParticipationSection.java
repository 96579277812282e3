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
 * who could answer — online and counted in a room alike, as its result counts them — by channel
 * where it was recorded ("En salle" one of them), its quorum and its result — "en cours" while it is
 * open (a running tally is never printed). Then the votes by channel, as bars, and the turnout month
 * after month, as a line.
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
        List<PollParticipation> read = new ArrayList<>();
        for (Poll poll : list) {
            PollParticipation participation = PollParticipation.read(handle, polls, activity, poll);
            read.add(participation);
            votes += participation.voters();
            OptionalInt eligible = participation.turnout().eligible();
            OptionalInt turnout = participation.turnout().percent();
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
            // a cancelled poll's votes are discarded, and who could vote was never counted: not a public poll
            String turnoutText = poll.cancelled() ? "—" : eligible.isPresent()
                    ? texts.get("rapport.participation.sur", count(texts, participation.voters()), count(texts, eligible.getAsInt()), percent(texts, turnout))
                    : texts.get("rapport.participation.public", count(texts, participation.voters()));
            rows.add(List.of(
                    Block.Cell.linked(texts.get("rapport.participation.numero", poll.id()), scope.links().pollPage(poll.id())),
                    Block.Cell.of(texts.get("rapport.participation.question", Excerpt.of(poll.question(), 160), PollWording.kind(texts, poll.kind()))),
                    Block.Cell.of(status),
                    Block.Cell.of(turnoutText),
                    Block.Cell.of(quorum(texts, participation)),
                    Block.Cell.of(result),
                    Block.Cell.of(participation.byChannel(texts))));
        }
        int room = read.stream().mapToInt(PollParticipation::room).sum();
        List<Block.Figure> figures = new ArrayList<>(List.of(
                new Block.Figure(count(texts, list.size()), texts.get("rapport.participation.sondages")),
                new Block.Figure(count(texts, open), texts.get("rapport.participation.ouverts")),
                new Block.Figure(count(texts, votes), texts.get("rapport.participation.votes"))));
        if (room > 0) {
            figures.add(new Block.Figure(count(texts, room), texts.get("rapport.participation.votes.salle")));
        }
        figures.add(new Block.Figure(mean(texts, months), texts.get("rapport.participation.moyenne")));
        blocks.add(new Block.Figures(figures));
        blocks.add(new Block.Table(texts.get("rapport.participation.tableau"),
                List.of(texts.get("rapport.colonne.numero"), texts.get("rapport.colonne.question"), texts.get("rapport.colonne.statut"), texts.get("rapport.colonne.participation"),
                        texts.get("rapport.colonne.quorum"), texts.get("rapport.colonne.resultat"), texts.get("rapport.colonne.par.canal")),
                rows, Set.of()));
        blocks.add(new Block.Paragraph(texts.get("rapport.participation.canaux.note")));
        if (votes > 0) {
            blocks.add(new Block.Graphic(byChannel(texts, read)));
        }
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

    /** The quorum as the result counts it: online and room together, against those who could vote. */
    private static String quorum(Texts texts, PollParticipation participation) {
        Poll poll = participation.poll();
        if (poll.rules().quorum().isEmpty()) {
            return texts.get("rapport.participation.quorum.aucun");
        }
        if (poll.rules().quorum().get().percent() && participation.turnout().eligible().isEmpty()) {
            return texts.get("impression.nombre.inconnu");
        }
        int required = participation.turnout().quorumRequired();
        boolean met = participation.turnout().quorumMet();
        if (poll.isOpen()) {
            return texts.get(met ? "rapport.participation.quorum.deja" : "rapport.participation.quorum.pas.encore", required);
        }
        return texts.get(met ? "rapport.participation.quorum.atteint" : "rapport.participation.quorum.manque", required);
    }

    /** The period's votes and answers by channel: the room one of them, the online answers whose channel was not kept apart. */
    private static Chart byChannel(Texts texts, List<PollParticipation> read) {
        Map<String, Integer> sums = new TreeMap<>(Wording.channelOrder());
        int unrecorded = 0;
        for (PollParticipation participation : read) {
            participation.channels().forEach((channel, voters) -> sums.merge(channel, voters, Integer::sum));
            if (participation.room() > 0) {
                sums.merge(PollParticipation.ROOM, participation.room(), Integer::sum);
            }
            unrecorded += participation.unrecorded();
        }
        List<Chart.Datum> bars = new ArrayList<>();
        sums.forEach((channel, voters) -> bars.add(new Chart.Datum(Wording.channel(texts, channel), voters, count(texts, voters))));
        if (unrecorded > 0) {
            bars.add(new Chart.Datum(texts.get("rapport.participation.canal.non.enregistre"), unrecorded, count(texts, unrecorded)));
        }
        return new Chart("votes-par-canal", Chart.Kind.BARS, texts.get("rapport.participation.graphique.canaux"),
                texts.get("rapport.participation.graphique.canaux.desc", Wording.describe(texts, bars)), texts.get("rapport.colonne.canal"),
                texts.get("rapport.colonne.votes"), bars, 0);
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
