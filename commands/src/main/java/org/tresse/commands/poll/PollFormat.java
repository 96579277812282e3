package org.tresse.commands.poll;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.poll.Answer;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.PollLimits;

/** How a poll reads in a language: its options, its presentation, a vote described back. */
final class PollFormat {
    private final ZoneId zone;

    PollFormat(ZoneId zone) {
        this.zone = zone;
    }

    /** The options as shown: a proposal's fixed answers are translated. */
    static List<String> options(Texts texts, Poll poll) {
        if (poll.kind() == PollKind.DATES) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(texts.get("sondage.format.date.heure"), texts.language().locale());
            return poll.options().stream().map(option -> format.format(LocalDateTime.parse(option))).toList();
        }
        if (poll.kind() != PollKind.PROPOSAL) {
            return poll.options();
        }
        List<String> shown = new ArrayList<>();
        for (int index = 0; index < poll.options().size(); index++) {
            shown.add(texts.get("proposition.option." + index));
        }
        return shown;
    }

    /** The options as written inside a message: what members typed stays literal there. */
    static List<String> shownOptions(Texts texts, Poll poll) {
        return options(texts, poll).stream().map(Markup::literal).toList();
    }

    /** "1. Pour, 2. Contre, 3. Abstention", for refusals. */
    static String numbered(Texts texts, Poll poll) {
        List<String> options = shownOptions(texts, poll);
        List<String> numbered = new ArrayList<>();
        for (int index = 0; index < options.size(); index++) {
            numbered.add((index + 1) + ". " + options.get(index));
        }
        return String.join(", ", numbered);
    }

    static String kind(Texts texts, PollKind kind) {
        return texts.get("sondage.type." + kind.name());
    }

    static String grade(Texts texts, Grade grade) {
        return grade.label(texts);
    }

    /** The message that opens a poll, explaining how to vote by command. */
    String presentation(Texts texts, Poll poll, int eligible) {
        StringBuilder text = new StringBuilder();
        text.append(texts.get("presentation.titre", poll.key(), Markup.literal(poll.question())));
        text.append('\n').append(String.join(" · ", traits(texts, poll)));
        List<String> options = shownOptions(texts, poll);
        if (!options.isEmpty()) {
            text.append("\n\n");
            for (int index = 0; index < options.size(); index++) {
                text.append(index + 1).append(". ").append(options.get(index)).append('\n');
            }
        } else {
            text.append('\n');
        }
        text.append('\n').append(howToVote(texts, poll));
        text.append('\n').append(audience(texts, poll, eligible));
        poll.closesAt().ifPresent(deadline -> text.append('\n').append(texts.get("presentation.cloture",
                Dates.dateTime(texts, deadline, zone))));
        return text.toString();
    }

    String howToVote(Texts texts, Poll poll) {
        String text = texts.get("presentation.voter." + poll.kind().name(), poll.key(), poll.rules().maxSelections());
        if (poll.rules().secret()) {
            text += " " + texts.get(poll.kind() == PollKind.CONSULTATION ? "presentation.anonyme" : "presentation.secret.prive");
        }
        return text;
    }

    private static List<String> traits(Texts texts, Poll poll) {
        List<String> traits = new ArrayList<>();
        traits.add(kind(texts, poll.kind()));
        if (poll.rules().secret()) {
            traits.add(texts.get(poll.kind() == PollKind.CONSULTATION ? "trait.anonyme" : "trait.secret"));
        }
        if (poll.rules().resultsHidden()) {
            traits.add(texts.get("trait.caches"));
        } else if (poll.rules().secret() && poll.kind() != PollKind.CONSULTATION) {
            traits.add(texts.get("trait.direct.paquets", PollLimits.SECRET_TALLY_PERSONS, PollLimits.SECRET_TALLY_WINDOW.toMinutes()));
        }
        if (poll.rules().consent()) {
            traits.add(texts.get("trait.consentement"));
        }
        poll.rules().threshold().ifPresent(threshold -> traits.add(texts.get("trait.seuil", threshold)));
        poll.rules().quorum().ifPresent(quorum -> traits.add(texts.get("trait.quorum", quorum)));
        return traits;
    }

    static String audience(Texts texts, Poll poll, int eligible) {
        if (poll.audience().open()) {
            return texts.get("presentation.public");
        }
        String who = poll.audience().group().map(group -> texts.get("presentation.groupe", group))
                .orElseGet(() -> texts.get("presentation.membres"));
        return eligible >= 0 ? who + " " + texts.get(eligible == 1 ? "presentation.nombre.un" : "presentation.nombre", eligible) : who;
    }

    /** The channel-neutral poll handed to channels that show polls natively. */
    static PollPresentation nativePoll(Texts texts, Poll poll, boolean closed) {
        return new PollPresentation(poll.key(), poll.question(), options(texts, poll), poll.kind().presentation(),
                poll.rules().maxSelections(), poll.rules().secret(), poll.rules().resultsHidden(), poll.closesAt().orElse(null), closed);
    }

    /** A vote described back to the voter (never for a secret ballot). */
    static String describe(Texts texts, Poll poll, Answer answer) {
        List<String> options = shownOptions(texts, poll);
        if (answer instanceof Answer.Choice choice) {
            List<String> labels = choice.options().stream().map(options::get).toList();
            return labels.isEmpty() ? texts.get("vote.aucune.option") : String.join(", ", labels);
        }
        if (answer instanceof Answer.Ranking ranking) {
            List<String> groups = new ArrayList<>();
            for (List<Integer> tied : ranking.ranks()) {
                groups.add(String.join(" = ", tied.stream().map(options::get).toList()));
            }
            return String.join(" > ", groups);
        }
        if (answer instanceof Answer.Dates dates) {
            List<String> parts = new ArrayList<>();
            for (int index = 0; index < options.size(); index++) {
                parts.add(options.get(index) + " : " + dates.at(index).label(texts));
            }
            return String.join(" ; ", parts);
        }
        Answer.Grades grades = (Answer.Grades) answer;
        List<String> parts = new ArrayList<>();
        for (int index = 0; index < options.size(); index++) {
            Grade grade = index < grades.grades().size() ? grades.grades().get(index) : null;
            parts.add(grade == null ? texts.get("vote.sans.mention", options.get(index), grade(texts, Grade.A_REJETER))
                    : options.get(index) + " : " + grade(texts, grade));
        }
        return String.join(" ; ", parts);
    }
}
