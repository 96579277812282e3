package org.tresse.print.report.sections;

import static org.tresse.print.report.sections.Wording.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.ConsultationAnswer;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollActivity;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;
import org.tresse.core.store.Handle;
import org.tresse.core.voice.Tags;
import org.tresse.core.voice.Voice;
import org.tresse.core.voice.Voices;
import org.tresse.print.internal.Excerpt;
import org.tresse.print.report.Block;
import org.tresse.print.report.ReportScope;
import org.tresse.print.report.ReportSection;
import org.tresse.print.report.Section;

/**
 * "Consultations": for each consultation open in the period, how many answered, its answers'
 * themes (the tags of the voices they became) and a few answers quoted — never who wrote them.
 */
public final class ConsultationSection implements ReportSection {
    static final int QUOTES = 3;
    /** The tag the voices feature gives every consultation answer. */
    static final String ANSWER_TAG = "consultation";

    private final Polls polls;
    private final PollActivity activity;
    private final Voices voices;

    public ConsultationSection(Polls polls, PollActivity activity, Voices voices) {
        this.polls = polls;
        this.activity = activity;
        this.voices = voices;
    }

    @Override
    public Optional<Section> read(Handle handle, ReportScope scope) {
        Texts texts = scope.texts();
        List<Poll> consultations = activity.between(handle, scope.since(), scope.until()).stream()
                .filter(poll -> poll.kind() == PollKind.CONSULTATION)
                .filter(poll -> scope.groupSlug().isEmpty() || poll.audience().group().equals(scope.groupSlug()))
                .toList();
        if (consultations.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Voice>> voicesByPoll = new LinkedHashMap<>();
        voices.leftBetween(handle, scope.from(), scope.to()).forEach(voice -> voice.pollId()
                .ifPresent(poll -> voicesByPoll.computeIfAbsent(poll, any -> new ArrayList<>()).add(voice)));
        List<Block> blocks = new ArrayList<>();
        for (Poll poll : consultations) {
            List<ConsultationAnswer> answers = polls.answers(handle, poll.id()).stream()
                    .filter(answer -> scope.contains(answer.createdAt())).toList();
            String status = poll.isOpen() ? texts.get("rapport.participation.en.cours") : texts.get("rapport.consultations.close");
            blocks.add(new Block.Heading(texts.get("rapport.consultations.entete", poll.id(), Excerpt.of(poll.question(), 300))));
            blocks.add(new Block.Paragraph(texts.get("rapport.consultations.chiffres", status, count(texts, answers.size()),
                    count(texts, polls.voterCount(handle, poll)))));
            ThemeCount themes = new ThemeCount(texts.get("rapport.voix.sans.theme"));
            List<Voice> linked = voicesByPoll.getOrDefault(poll.id(), List.of());
            if (linked.isEmpty()) {
                answers.forEach(answer -> themes.add(hashtags(answer.text())));
            } else {
                linked.forEach(voice -> themes.add(themes(voice)));
            }
            if (!themes.isEmpty()) {
                List<List<Block.Cell>> rows = themes.top(Integer.MAX_VALUE).stream()
                        .map(entry -> List.of(Block.Cell.of(entry.getKey()), Block.Cell.of(count(texts, entry.getValue())))).toList();
                blocks.add(new Block.Table(texts.get("rapport.consultations.themes", poll.id()),
                        List.of(texts.get("rapport.colonne.theme"), texts.get("rapport.colonne.reponses")), rows, Set.of(1)));
            }
            for (int index = answers.size() - 1; index >= 0 && index >= answers.size() - QUOTES; index--) {
                blocks.add(new Block.Quote(Excerpt.of(answers.get(index).text(), 280),
                        texts.get("rapport.consultations.citation.source", poll.id()), Optional.empty()));
            }
        }
        return Optional.of(new Section("consultations", texts.get("rapport.consultations.titre"), blocks));
    }

    /**
     * An answer's themes: the tags the coordination gave its voice and the {@code #tags} written in
     * it, but not the tag every consultation answer carries.
     */
    static Set<String> themes(Voice voice) {
        Set<String> themes = hashtags(voice.text());
        voice.tags().stream().filter(tag -> !Tags.key(tag).equals(ANSWER_TAG)).forEach(themes::add);
        return themes;
    }

    /** The {@code #tags} written in a text. */
    static Set<String> hashtags(String text) {
        Set<String> tags = new TreeSet<>();
        for (String word : text.split("\\s+")) {
            if (word.startsWith("#")) {
                Tags.normalize(word.replaceAll("[.,;:!?)»]+$", "")).filter(tag -> !Tags.key(tag).equals(ANSWER_TAG)).ifPresent(tags::add);
            }
        }
        return tags;
    }
}
