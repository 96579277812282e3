package org.tresse.commands.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tresse.commands.CommandCall;
import org.tresse.commands.internal.Words;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.Polls;

/**
 * Reads a room's show of hands as typed after the poll's number: {@code pour=9 contre=2 abstention=1}
 * for a proposal, {@code 1=5 2=3} (or the options' names) for a single choice; an answer left out
 * counts 0.
 */
final class RoomCounts {
    private static final List<String> PROPOSAL_WORDS = List.of("mots.vote.0", "mots.vote.1", "mots.vote.2", "mots.vote.3");

    private RoomCounts() {}

    static List<Integer> read(CommandCall call, Poll poll, List<String> words) {
        Integer[] counts = new Integer[poll.options().size()];
        Arrays.fill(counts, 0);
        boolean[] said = new boolean[counts.length];
        if (words.isEmpty()) {
            throw call.fail("salle.format", poll.key());
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals <= 0 || equals == word.length() - 1) {
                throw call.fail("salle.format", poll.key());
            }
            String answer = word.substring(0, equals);
            String number = word.substring(equals + 1).strip();
            int option = option(poll, answer).orElseThrow(() -> call.fail("salle.reponse.inconnue", answer, poll.key()));
            if (!number.matches("\\d{1,6}")) {
                throw call.fail("salle.nombre", number);
            }
            if (said[option]) {
                throw call.fail("salle.deux.fois", answer);
            }
            said[option] = true;
            counts[option] = Integer.parseInt(number);
        }
        return new ArrayList<>(Arrays.asList(counts));
    }

    private static Optional<Integer> option(Poll poll, String answer) {
        if (answer.matches("\\d{1,2}")) {
            int number = Integer.parseInt(answer);
            return number >= 1 && number <= poll.options().size() ? Optional.of(number - 1) : Optional.empty();
        }
        if (poll.kind() == PollKind.PROPOSAL) {
            Optional<String> word = Vocabulary.of(Polls.BUNDLE).which(answer, PROPOSAL_WORDS);
            return word.map(PROPOSAL_WORDS::indexOf).filter(index -> index < poll.options().size());
        }
        for (int index = 0; index < poll.options().size(); index++) {
            if (Words.fold(poll.options().get(index)).equals(Words.fold(answer))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
