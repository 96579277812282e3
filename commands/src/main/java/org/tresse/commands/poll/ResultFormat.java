package org.tresse.commands.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollLimits;
import org.tresse.core.poll.tally.ConsultationResult;
import org.tresse.core.poll.RoomVotes;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.poll.tally.JudgmentResult;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.core.poll.tally.RankedResult;
import org.tresse.core.poll.tally.TieBreak;
import org.tresse.core.poll.tally.Turnout;

/** A poll's result in words, in one language. Callers make sure results may be shown. */
public final class ResultFormat {
    private ResultFormat() {}

    /** The result of a closed poll without its title line: what the register keeps of it. */
    public static String body(Texts texts, Poll poll, PollResult result) {
        String text = format(texts, poll, result, false);
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(newline + 1)).replace(texts.get("resultats.detail.indice", poll.key()), "").strip();
    }

    static String format(Texts texts, Poll poll, PollResult result, boolean detail) {
        return format(texts, poll, result, detail, Optional.empty());
    }

    /** With the votes counted in a room: the result shows both parts, and counts their sum. */
    static String format(Texts texts, Poll poll, PollResult result, boolean detail, Optional<RoomVotes> room) {
        StringBuilder text = new StringBuilder();
        text.append(texts.get(poll.isOpen() ? "resultats.titre.provisoire" : "resultats.titre.final", poll.key(), Markup.literal(poll.question())));
        text.append('\n').append(turnout(texts, result.turnout()));
        if (!poll.isOpen() && result.voters() == 0) {
            // nobody answered: not a rejection, not a tie — no result at all
            text.append('\n').append(texts.get("resultats.sans.participation"));
            return text.toString();
        }
        List<String> options = PollFormat.shownOptions(texts, poll);
        if (result instanceof ProposalResult proposal) {
            proposal(text, texts, poll, proposal);
        } else if (result instanceof CountResult counts) {
            counts(text, texts, poll, options, counts);
        } else if (result instanceof RankedResult ranked) {
            ranked(text, texts, poll, options, ranked, detail);
        } else if (result instanceof JudgmentResult judgment) {
            judgment(text, texts, poll, options, judgment);
        } else if (result instanceof DatesResult dates) {
            dates(text, texts, poll, options, dates);
        } else {
            ConsultationResult consultation = (ConsultationResult) result;
            text.append('\n').append(texts.get("resultats.consultation", consultation.answers()));
            if (consultation.answers() > 0) {
                text.append('\n').append(texts.get("resultats.consultation.avis", poll.key()));
            }
        }
        room.ifPresent(votes -> text.append('\n').append(roomPart(texts, options, result, votes)));
        if (poll.isOpen() && poll.rules().secret() && !(result instanceof ConsultationResult)) {
            text.append('\n').append(texts.get("resultats.paquets", PollLimits.SECRET_TALLY_PERSONS,
                    PollLimits.SECRET_TALLY_WINDOW.toMinutes()));
        }
        return text.toString();
    }

    static String turnout(Texts texts, Turnout turnout) {
        String line = turnout.eligible().isPresent()
                ? texts.get("resultats.participation", turnout.voters(), turnout.eligible().getAsInt(), turnout.percent().orElse(0))
                : texts.get("resultats.participation.public", turnout.voters());
        if (turnout.hasQuorum()) {
            line += " · " + texts.get(turnout.quorumMet() ? "resultats.quorum.atteint" : "resultats.quorum.manque",
                    turnout.quorumRequired());
        }
        return line;
    }

    private static void proposal(StringBuilder text, Texts texts, Poll poll, ProposalResult result) {
        text.append('\n').append(texts.get("resultats.proposition", result.pour(), result.contre(), result.abstention()));
        if (result.consent()) {
            text.append(" · ").append(texts.get("resultats.blocages", result.blocage()));
        }
        List<String> reasons = new ArrayList<>();
        if (!result.thresholdMet()) {
            reasons.add(result.threshold().map(threshold -> texts.get("resultats.raison.seuil", threshold))
                    .orElseGet(() -> texts.get("resultats.raison.majorite")));
        }
        if (!result.turnout().quorumMet()) {
            reasons.add(texts.get("resultats.raison.quorum", result.turnout().quorumRequired()));
        }
        if (result.blocked()) {
            reasons.add(texts.get("resultats.raison.blocage", result.blocage()));
        }
        String verdict = result.adopted() ? texts.get(poll.isOpen() ? "resultats.adoptee.provisoire" : "resultats.adoptee")
                : texts.get(poll.isOpen() ? "resultats.rejetee.provisoire" : "resultats.rejetee", String.join(" ; ", reasons));
        text.append('\n').append(verdict);
    }

    private static void counts(StringBuilder text, Texts texts, Poll poll, List<String> options, CountResult result) {
        for (int index = 0; index < options.size(); index++) {
            text.append('\n').append(texts.get("resultats.ligne.voix", index + 1, options.get(index), result.counts().get(index)));
        }
        if (result.leaders().isEmpty()) {
            text.append('\n').append(texts.get("resultats.aucun.vote"));
        } else if (result.tied()) {
            text.append('\n').append(texts.get("resultats.egalite", names(options, result.leaders())));
        } else {
            text.append('\n').append(texts.get(poll.isOpen() ? "resultats.en.tete" : "resultats.gagnant", options.get(result.leaders().get(0))));
        }
    }

    private static void ranked(StringBuilder text, Texts texts, Poll poll, List<String> options, RankedResult result, boolean detail) {
        if (result.winner().isEmpty()) {
            text.append('\n').append(texts.get("resultats.aucun.vote"));
            return;
        }
        text.append('\n').append(texts.get("resultats.classement"));
        int place = 1;
        for (int option : result.order()) {
            text.append('\n').append(texts.get("resultats.ligne.rang", place++, options.get(option)));
        }
        String winner = options.get(result.winner().getAsInt());
        text.append('\n').append(texts.get(poll.isOpen() ? "resultats.en.tete" : "resultats.gagnant", winner));
        if (result.tieBreak() != TieBreak.NONE) {
            text.append('\n').append(texts.get("resultats.departage." + result.tieBreak().name(),
                    names(options, result.schulzeWinners()), winner));
        }
        if (detail) {
            text.append("\n\n").append(texts.get("resultats.duels"));
            for (int first = 0; first < options.size(); first++) {
                for (int second = first + 1; second < options.size(); second++) {
                    text.append('\n').append(texts.get("resultats.duel", options.get(first), result.pairwise()[first][second],
                            result.pairwise()[second][first], options.get(second)));
                }
            }
        } else {
            text.append('\n').append(texts.get("resultats.detail.indice", poll.key()));
        }
    }

    private static void judgment(StringBuilder text, Texts texts, Poll poll, List<String> options, JudgmentResult result) {
        if (result.winner().isEmpty()) {
            text.append('\n').append(texts.get("resultats.aucun.vote"));
            return;
        }
        int place = 1;
        for (int option : result.order()) {
            text.append('\n').append(texts.get("resultats.ligne.mention", place++, options.get(option),
                    PollFormat.grade(texts, result.majorityGrades().get(option))));
        }
        String winner = options.get(result.winner().getAsInt());
        text.append('\n').append(texts.get(poll.isOpen() ? "resultats.en.tete" : "resultats.gagnant", winner));
        if (result.tieBreak() != TieBreak.NONE) {
            int second = result.order().get(1);
            text.append('\n').append(texts.get("resultats.departage." + result.tieBreak().name(),
                    winner + ", " + options.get(second), winner));
        }
    }

    /** "En salle : Pour 9, Contre 2, Abstention 1 (12) · en ligne : Pour 3, Contre 0, Abstention 0 (3)". */
    private static String roomPart(Texts texts, List<String> options, PollResult result, RoomVotes room) {
        List<Integer> totals = new ArrayList<>();
        if (result instanceof ProposalResult proposal) {
            totals.addAll(List.of(proposal.pour(), proposal.contre(), proposal.abstention(), proposal.blocage()));
        } else if (result instanceof CountResult counts) {
            totals.addAll(counts.counts());
        }
        List<String> inRoom = new ArrayList<>();
        List<String> online = new ArrayList<>();
        for (int option = 0; option < options.size() && option < totals.size(); option++) {
            inRoom.add(options.get(option) + " " + room.at(option));
            online.add(options.get(option) + " " + (totals.get(option) - room.at(option)));
        }
        return texts.get("resultats.salle", String.join(", ", inRoom), room.voters(), String.join(", ", online),
                result.voters() - room.voters());
    }

    private static void dates(StringBuilder text, Texts texts, Poll poll, List<String> options, DatesResult result) {
        int place = 1;
        for (int option : result.order()) {
            DatesResult.DateCount count = result.dates().get(option);
            text.append('\n').append(texts.get("resultats.ligne.date", place++, options.get(option), count.yes(), count.ifNeedBe(), count.no()));
        }
        if (result.best().isEmpty()) {
            text.append('\n').append(texts.get("resultats.dates.aucune"));
        } else {
            text.append('\n').append(texts.get(poll.isOpen() ? "resultats.en.tete" : "resultats.date.retenue", options.get(result.best().getAsInt())));
        }
    }

    private static String names(List<String> options, List<Integer> chosen) {
        return String.join(", ", chosen.stream().map(options::get).toList());
    }
}
