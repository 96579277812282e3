package org.tresse.print.report.sections;

import static org.tresse.print.report.sections.Wording.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.PlainText;
import org.tresse.core.outbox.DeliveryCounts;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.store.Handle;
import org.tresse.print.chart.Chart;
import org.tresse.print.internal.Days;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/**
 * "Annonces": the announcements sent in the period (for a group: those to everyone or to it), their
 * reach and failures per channel, from the outbox's delivery counts. Failure reasons are not
 * printed: they name addresses.
 */
public final class AnnouncementSection implements ReportSection {
    private final Announcements announcements;
    private final Outbox outbox;

    public AnnouncementSection(Announcements announcements, Outbox outbox) {
        this.announcements = announcements;
        this.outbox = outbox;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        List<Announcement> sent = announcements.sentBetween(handle, scope.since(), scope.until()).stream()
                .filter(announcement -> scope.groupSlug().isEmpty() || announcement.audience().everyone()
                        || announcement.audience().groups().contains(scope.groupSlug().get()))
                .toList();
        List<Block> blocks = new ArrayList<>();
        if (sent.isEmpty()) {
            blocks.add(new Block.Paragraph(texts.get("rapport.annonces.aucune")));
            return Optional.of(new Section("annonces", texts.get("rapport.annonces.titre"), blocks));
        }
        Map<String, long[]> channels = new TreeMap<>(Wording.channelOrder());
        List<List<Block.Cell>> rows = new ArrayList<>();
        long delivered = 0;
        long failed = 0;
        for (Announcement announcement : sent) {
            long ok = 0;
            long ko = 0;
            for (DeliveryCounts counts : outbox.counts(handle, announcement.correlation())) {
                long[] total = channels.computeIfAbsent(counts.channel(), any -> new long[3]);
                total[0] += counts.sent();
                total[1] += counts.pending();
                total[2] += counts.failed();
                ok += counts.sent();
                ko += counts.failed();
            }
            delivered += ok;
            failed += ko;
            rows.add(List.of(Block.Cell.of(texts.get("rapport.annonces.numero", announcement.id())),
                    Block.Cell.of(Days.day(texts, announcement.sentAt().orElseThrow().atZone(scope.zone()).toLocalDate())),
                    Block.Cell.of(Excerpt.of(PlainText.render(announcement.text()), 90)),
                    Block.Cell.of(audience(texts, announcement)),
                    Block.Cell.of(count(texts, ok)), Block.Cell.of(count(texts, ko))));
        }
        blocks.add(new Block.Figures(List.of(
                new Block.Figure(count(texts, sent.size()), texts.get("rapport.annonces.nombre")),
                new Block.Figure(count(texts, delivered), texts.get("rapport.annonces.remises")),
                new Block.Figure(count(texts, failed), texts.get("rapport.annonces.echecs")))));
        blocks.add(new Block.Table(texts.get("rapport.annonces.tableau"),
                List.of(texts.get("rapport.colonne.numero"), texts.get("rapport.colonne.date"), texts.get("rapport.colonne.annonce"), texts.get("rapport.colonne.public"),
                        texts.get("rapport.colonne.remises"), texts.get("rapport.colonne.echecs")), rows, Set.of(4, 5)));
        List<List<Block.Cell>> perChannel = new ArrayList<>();
        List<Chart.Datum> bars = new ArrayList<>();
        channels.forEach((channel, total) -> {
            perChannel.add(List.of(Block.Cell.of(Wording.channel(texts, channel)), Block.Cell.of(count(texts, total[0])),
                    Block.Cell.of(count(texts, total[1])), Block.Cell.of(count(texts, total[2]))));
            bars.add(new Chart.Datum(Wording.channel(texts, channel), total[0], count(texts, total[0])));
        });
        blocks.add(new Block.Table(texts.get("rapport.annonces.canaux"), List.of(texts.get("rapport.colonne.canal"), texts.get("rapport.colonne.remises"),
                texts.get("rapport.colonne.attente"), texts.get("rapport.colonne.echecs")), perChannel, Set.of(1, 2, 3)));
        blocks.add(new Block.Graphic(new Chart("annonces-par-canal", Chart.Kind.BARS, texts.get("rapport.annonces.graphique"),
                texts.get("rapport.annonces.graphique.desc", Wording.describe(texts, bars)), texts.get("rapport.colonne.canal"), texts.get("rapport.colonne.remises"),
                bars, 0)));
        return Optional.of(new Section("annonces", texts.get("rapport.annonces.titre"), blocks));
    }

    private static String audience(Texts texts, Announcement announcement) {
        String who = announcement.audience().everyone() ? texts.get("rapport.annonces.tous")
                : String.join(", ", announcement.audience().groups());
        return announcement.recipients().map(count -> texts.get("rapport.annonces.public", who, count)).orElse(who);
    }
}
