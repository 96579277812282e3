package org.tresse.print.report.sections;

import static org.tresse.print.report.sections.Wording.count;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.Texts;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.Tags;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.VoiceAnswer;
import org.tresse.core.voice.Voices;
import org.tresse.print.chart.Chart;
import org.tresse.print.internal.Days;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/**
 * "La parole des habitant·es": how many voices, by theme (their tags) and by channel, how many
 * were answered and how fast (the median time to a first answer), and a few answered ones quoted
 * with the coordination's answer. No author is ever named; an anonymous voice has no channel.
 * For a group: the voices tagged with the group or written in its rooms.
 */
public final class VoiceSection implements ReportSection {
    static final int THEMES = 8;
    static final int QUOTES = 3;

    private final Voices voices;
    private final Groups groups;

    public VoiceSection(Voices voices, Groups groups) {
        this.voices = voices;
        this.groups = groups;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        List<Voice> list = voices.leftBetween(handle, scope.from(), scope.to());
        if (scope.group().isPresent()) {
            String key = Tags.key(scope.group().get().slug());
            Set<String> rooms = new HashSet<>();
            groups.rooms(handle, scope.group().get().slug()).forEach(room -> rooms.add(room.channel() + "\n" + room.roomId()));
            list = list.stream().filter(voice -> voice.tags().stream().anyMatch(tag -> Tags.key(tag).equals(key))
                    || voice.source().map(source -> rooms.contains(source.channel() + "\n" + source.room())).orElse(false)).toList();
        }
        List<Block> blocks = new ArrayList<>();
        if (list.isEmpty()) {
            blocks.add(new Block.Paragraph(texts.get("rapport.voix.aucune")));
            return Optional.of(new Section("voix", texts.get("rapport.voix.titre"), blocks));
        }
        Map<Long, VoiceAnswer> answers = voices.firstAnswers(handle, scope.from(), scope.to());
        ThemeCount themes = new ThemeCount(texts.get("rapport.voix.sans.theme"));
        Map<String, Long> channels = new TreeMap<>(Wording.channelOrder());
        List<Duration> delays = new ArrayList<>();
        long anonymous = 0;
        long consultation = 0;
        long answered = 0;
        for (Voice voice : list) {
            themes.add(voice.tags());
            if (voice.anonymous()) {
                anonymous++;
            } else {
                voice.source().ifPresent(source -> channels.merge(source.channel(), 1L, Long::sum));
            }
            consultation += voice.pollId().isPresent() ? 1 : 0;
            VoiceAnswer answer = answers.get(voice.id());
            if (answer != null) {
                answered++;
                voice.createdAt().ifPresent(at -> delays.add(Duration.between(at, answer.createdAt())));
            }
        }
        blocks.add(new Block.Figures(List.of(
                new Block.Figure(count(texts, list.size()), texts.get("rapport.voix.nombre")),
                new Block.Figure(count(texts, answered), texts.get("rapport.voix.repondues")),
                new Block.Figure(median(texts, delays), texts.get("rapport.voix.delai")),
                new Block.Figure(count(texts, anonymous), texts.get("rapport.voix.anonymes")))));
        blocks.add(new Block.Paragraph(texts.get("rapport.voix.explication", count(texts, consultation))));
        List<Chart.Datum> themeBars = themes.top(THEMES).stream()
                .map(entry -> new Chart.Datum(entry.getKey(), entry.getValue(), count(texts, entry.getValue()))).toList();
        blocks.add(new Block.Graphic(new Chart("voix-par-theme", Chart.Kind.BARS, texts.get("rapport.voix.graphique.themes"),
                texts.get("rapport.voix.graphique.themes.desc", Wording.describe(texts, themeBars)), texts.get("rapport.colonne.theme"),
                texts.get("rapport.colonne.avis"), themeBars, 0)));
        List<Chart.Datum> channelBars = new ArrayList<>();
        channels.forEach((channel, total) -> channelBars.add(new Chart.Datum(Wording.channel(texts, channel), total, count(texts, total))));
        if (anonymous > 0) {
            channelBars.add(new Chart.Datum(texts.get("rapport.voix.canal.anonyme"), anonymous, count(texts, anonymous)));
        }
        blocks.add(new Block.Graphic(new Chart("voix-par-canal", Chart.Kind.BARS, texts.get("rapport.voix.graphique.canaux"),
                texts.get("rapport.voix.graphique.canaux.desc", Wording.describe(texts, channelBars)), texts.get("rapport.colonne.canal"),
                texts.get("rapport.colonne.avis"), channelBars, 0)));
        quotes(texts, list, answers).forEach(blocks::add);
        return Optional.of(new Section("voix", texts.get("rapport.voix.titre"), blocks));
    }

    /** The latest answered named voices, quoted with the first answer, never their author. */
    private static List<Block> quotes(Texts texts, List<Voice> list, Map<Long, VoiceAnswer> answers) {
        List<Block> quotes = new ArrayList<>();
        for (int index = list.size() - 1; index >= 0 && quotes.size() < QUOTES; index--) {
            Voice voice = list.get(index);
            VoiceAnswer answer = answers.get(voice.id());
            if (answer == null || voice.anonymous()) {
                continue;
            }
            String source = texts.get("rapport.voix.citation.source", voice.id(), Days.day(texts, voice.createdOn()),
                    voice.source().map(from -> Wording.channel(texts, from.channel())).orElse(""));
            quotes.add(new Block.Quote(Excerpt.of(voice.text(), 280), source, Optional.of(Excerpt.of(answer.text(), 280))));
        }
        if (!quotes.isEmpty()) {
            quotes.add(0, new Block.Heading(texts.get("rapport.voix.citations")));
        }
        return quotes;
    }

    private static String median(Texts texts, List<Duration> delays) {
        if (delays.isEmpty()) {
            return texts.get("impression.nombre.inconnu");
        }
        List<Duration> sorted = new ArrayList<>(delays);
        sorted.sort(Comparator.naturalOrder());
        int middle = sorted.size() / 2;
        Duration median = sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
        return Days.duration(texts, median);
    }
}
