package org.tresse.print.report.sections;

import java.util.List;
import org.tresse.core.i18n.Texts;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.core.poll.tally.ConsultationResult;
import org.tresse.core.poll.tally.DatesResult;
import org.tresse.core.poll.tally.CountResult;
import org.tresse.core.poll.tally.JudgmentResult;
import org.tresse.core.poll.tally.PollResult;
import org.tresse.core.poll.tally.ProposalResult;
import org.tresse.core.poll.tally.RankedResult;

/** A poll's result in one line of a report: what won, or what was decided. Never who voted what. */
final class PollWording {
    private PollWording() {}

    static String kind(Texts texts, PollKind kind) {
        return texts.get("impression.sondage.type." + kind.name());
    }

    static String result(Texts texts, Poll poll, PollResult result) {
        if (poll.cancelled()) {
            return texts.get("rapport.resultat.annule");
        }
        if (!poll.isOpen() && result.voters() == 0 && !(result instanceof ConsultationResult)) {
            // nobody answered: not rejected, and nothing in the register
            return texts.get("rapport.resultat.sans.participation");
        }
        if (result instanceof ProposalResult proposal) {
            String counts = texts.get(proposal.consent() ? "rapport.resultat.proposition.consentement" : "rapport.resultat.proposition",
                    proposal.pour(), proposal.contre(), proposal.abstention(), proposal.blocage());
            return texts.get(proposal.adopted() ? "rapport.resultat.adoptee" : "rapport.resultat.rejetee", counts);
        }
        if (result instanceof CountResult count) {
            if (count.leaders().isEmpty()) {
                return texts.get("rapport.resultat.aucun.vote");
            }
            if (count.tied()) {
                return texts.get("rapport.resultat.egalite", String.join(", ", labels(poll, count.leaders())));
            }
            int leader = count.leaders().get(0);
            return texts.get("rapport.resultat.en.tete", poll.options().get(leader), count.counts().get(leader));
        }
        if (result instanceof RankedResult ranked) {
            return ranked.winner().isEmpty() ? texts.get("rapport.resultat.aucun.vote")
                    : texts.get("rapport.resultat.classement", poll.options().get(ranked.winner().getAsInt()));
        }
        if (result instanceof JudgmentResult judgment) {
            if (judgment.winner().isEmpty()) {
                return texts.get("rapport.resultat.aucun.vote");
            }
            int winner = judgment.winner().getAsInt();
            String grade = judgment.majorityGrades().get(winner).label(texts);
            return texts.get("rapport.resultat.jugement", poll.options().get(winner), grade);
        }
        if (result instanceof DatesResult dates) {
            // a date poll's options are local dates and times, 2024-03-14T20:00
            return dates.best().isEmpty() ? texts.get("rapport.resultat.aucun.vote") : texts.get("rapport.resultat.dates",
                    poll.options().get(dates.best().getAsInt()).replace('T', ' '), dates.dates().get(dates.best().getAsInt()).yes());
        }
        return texts.get("rapport.resultat.consultation", ((ConsultationResult) result).answers());
    }

    private static List<String> labels(Poll poll, List<Integer> options) {
        return options.stream().map(poll.options()::get).toList();
    }
}
