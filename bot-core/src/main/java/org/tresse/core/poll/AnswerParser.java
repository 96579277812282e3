package org.tresse.core.poll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.engine.UserError;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.markup.Formatted;
import org.tresse.core.text.Folding;

/**
 * Reads a vote as people type it after {@code /vote N}: an option by number or by text (case
 * and accents ignored), several for a multiple choice ({@code 1 3} or {@code 1,3}), a ranking
 * ({@code B>A>C}, ties with {@code =}), grades ({@code A=bien B="très bien"}). Refusals are
 * {@link UserError}s under {@code vote.*}; {@code shownOptions} is how options are listed in them.
 */
public final class AnswerParser {
    /** The words of a proposal's answers, by option: {@code mots.vote.0} (pour) … {@code mots.vote.3} (blocage). */
    private static final List<String> PROPOSAL_WORDS = List.of("mots.vote.0", "mots.vote.1", "mots.vote.2", "mots.vote.3");

    private final Poll poll;
    private final Formatted shownOptions;

    public AnswerParser(Poll poll, String shownOptions) {
        this.poll = poll;
        this.shownOptions = Formatted.of(shownOptions);
    }

    /** The answer written as {@code words} (the words after the poll number). */
    public Answer parse(List<String> words) {
        String whole = String.join(" ", words).strip();
        if (whole.isEmpty()) {
            throw new UserError("vote.vide", poll.key(), shownOptions);
        }
        switch (poll.kind()) {
            case PROPOSAL:
            case SINGLE:
                return single(words, whole);
            case MULTIPLE:
                return multiple(words, whole);
            case RANKED:
                return ranking(words, whole);
            case JUDGMENT:
                return JudgmentReader.read(this, whole);
            case DATES:
                return DatesReader.read(this, whole);
            default:
                throw new IllegalStateException("a consultation takes text, not options");
        }
    }

    /** A native poll's answer: option numbers from 1, in the order given (a ranking's order). */
    public Answer fromChoices(List<Integer> choices) {
        List<Integer> options = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int choice : choices) {
            if (choice < 1 || choice > poll.options().size()) {
                throw new UserError("vote.option.hors.limites", choice, poll.options().size(), shownOptions);
            }
            if (!seen.add(choice - 1)) {
                throw new UserError("vote.option.deux.fois", poll.options().get(choice - 1));
            }
            options.add(choice - 1);
        }
        switch (poll.kind()) {
            case PROPOSAL:
            case SINGLE:
                if (options.size() != 1) {
                    throw new UserError("vote.un.seul.choix", poll.key());
                }
                return new Answer.Choice(options);
            case MULTIPLE:
                checkMaximum(options.size());
                return new Answer.Choice(options);
            case DATES:
                return Answer.Dates.choosing(poll.options().size(), options);
            case RANKED:
                List<List<Integer>> ranks = new ArrayList<>();
                options.forEach(option -> ranks.add(List.of(option)));
                return new Answer.Ranking(ranks);
            default:
                throw new UserError("vote.natif.impossible", poll.key());
        }
    }

    private Answer single(List<String> words, String whole) {
        Integer option = find(whole);
        if (option != null) {
            return Answer.Choice.of(option);
        }
        if (words.size() > 1 && words.stream().allMatch(word -> find(word) != null)) {
            throw new UserError("vote.un.seul.choix", poll.key());
        }
        return Answer.Choice.of(option(whole));
    }

    private Answer multiple(List<String> words, String whole) {
        Integer alone = find(whole);
        if (alone != null) {
            return Answer.Choice.of(alone);
        }
        List<Integer> chosen = new ArrayList<>();
        for (String word : words) {
            for (String piece : word.split("[,;]")) {
                if (piece.isBlank()) {
                    continue;
                }
                int option = option(piece);
                if (chosen.contains(option)) {
                    throw new UserError("vote.option.deux.fois", poll.options().get(option));
                }
                chosen.add(option);
            }
        }
        checkMaximum(chosen.size());
        return new Answer.Choice(chosen);
    }

    private void checkMaximum(int count) {
        if (count > poll.rules().maxSelections()) {
            throw new UserError("vote.trop.de.choix", poll.rules().maxSelections(), count);
        }
    }

    private Answer ranking(List<String> words, String whole) {
        List<List<String>> groups = new ArrayList<>();
        if (whole.contains(">") || whole.contains("=")) {
            for (String group : whole.split(">")) {
                List<String> tied = new ArrayList<>();
                for (String part : group.split("=")) {
                    tied.add(part);
                }
                groups.add(tied);
            }
        } else if (whole.contains(",") || whole.contains(";")) {
            for (String part : whole.split("[,;]")) {
                groups.add(List.of(part));
            }
        } else if (find(whole) != null || words.size() == 1) {
            groups.add(List.of(whole));
        } else {
            words.forEach(word -> groups.add(List.of(word)));
        }
        List<List<Integer>> ranks = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (List<String> group : groups) {
            List<Integer> tied = new ArrayList<>();
            for (String part : group) {
                if (part.isBlank()) {
                    throw new UserError("vote.classement.format", poll.key());
                }
                int option = option(part);
                if (!seen.add(option)) {
                    throw new UserError("vote.option.deux.fois", poll.options().get(option));
                }
                tied.add(option);
            }
            ranks.add(tied);
        }
        return new Answer.Ranking(ranks);
    }

    /** The option {@code text} names; a refusal saying which options exist otherwise. */
    int option(String text) {
        Integer option = find(text);
        if (option != null) {
            return option;
        }
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,6}")) {
            throw new UserError("vote.option.hors.limites", trimmed, poll.options().size(), shownOptions);
        }
        throw unknown(trimmed);
    }

    private UserError unknown(String text) {
        return new UserError("vote.option.inconnue", text, shownOptions);
    }

    private Integer find(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("#")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.matches("\\d{1,6}")) {
            int number = Integer.parseInt(trimmed);
            if (number >= 1 && number <= poll.options().size()) {
                return number - 1;
            }
        }
        String folded = Folding.forSearch(trimmed);
        if (folded.isEmpty()) {
            return null;
        }
        List<String> options = poll.options();
        for (int index = 0; index < options.size(); index++) {
            if (Folding.forSearch(options.get(index)).equals(folded)) {
                return index;
            }
        }
        if (poll.kind() == PollKind.PROPOSAL) {
            Optional<String> word = Vocabulary.of(Polls.BUNDLE).which(trimmed, PROPOSAL_WORDS);
            if (word.isPresent() && PROPOSAL_WORDS.indexOf(word.get()) < options.size()) {
                return PROPOSAL_WORDS.indexOf(word.get());
            }
        }
        Integer prefixed = null;
        for (int index = 0; index < options.size() && folded.length() >= 3; index++) {
            if (Folding.forSearch(options.get(index)).startsWith(folded)) {
                if (prefixed != null) {
                    return null;
                }
                prefixed = index;
            }
        }
        return prefixed;
    }

    Poll poll() {
        return poll;
    }
}
