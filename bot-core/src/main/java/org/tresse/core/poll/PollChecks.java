package org.tresse.core.poll;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tresse.core.engine.UserError;
import org.tresse.core.text.Folding;

/** What makes a poll draft acceptable; each limit refuses with its own message. */
final class PollChecks {
    /** The answers of a proposal, stored in French; people may answer in English too. */
    static final List<String> PROPOSAL_OPTIONS = List.of("Pour", "Contre", "Abstention");
    static final String BLOCK_OPTION = "Blocage";

    private PollChecks() {}

    /** The draft as it will be stored (a proposal gets its fixed answers), or a refusal. */
    static PollDraft check(PollDraft draft, Instant now, ZoneId zone) {
        String question = draft.question().strip();
        if (question.isEmpty()) {
            throw new UserError("sondage.question.vide");
        }
        if (!hasLetterOrDigit(question)) {
            // /sondage "«»": quotes or dashes alone ask nothing
            throw new UserError("sondage.question.sans.mot", question);
        }
        if (question.length() > PollLimits.MAX_QUESTION) {
            throw new UserError("sondage.question.longue", PollLimits.MAX_QUESTION, question.length());
        }
        PollKind kind = draft.kind();
        PollRules rules = draft.rules();
        List<String> options = options(kind, draft.options(), rules);
        if (kind == PollKind.DATES) {
            dates(options, now, zone);
            rules = new PollRules(rules.secret(), rules.resultsHidden(), rules.consent(), options.size(), rules.quorum(),
                    rules.threshold(), rules.reminder());
        }
        if (kind == PollKind.MULTIPLE && rules.maxSelections() == 0) {
            rules = new PollRules(rules.secret(), rules.resultsHidden(), rules.consent(), options.size(), rules.quorum(),
                    rules.threshold(), rules.reminder());
        }
        if (kind != PollKind.MULTIPLE && kind != PollKind.DATES && rules.maxSelections() != 1) {
            throw new UserError("sondage.max.seulement.multiple");
        }
        if (kind == PollKind.MULTIPLE && (rules.maxSelections() < 1 || rules.maxSelections() > options.size())) {
            throw new UserError("sondage.max.hors.limites", rules.maxSelections(), options.size());
        }
        if (kind != PollKind.PROPOSAL && (rules.threshold().isPresent() || rules.consent())) {
            throw new UserError("sondage.seuil.seulement.proposition");
        }
        if (draft.audience().open() && rules.quorum().map(Quorum::percent).orElse(false)) {
            throw new UserError("sondage.quorum.pourcent.public");
        }
        if (draft.closesAt().isPresent() && !draft.closesAt().get().isAfter(now)) {
            throw new UserError("echeance.passee", draft.closesAt().get());
        }
        if (rules.reminder().isPresent()) {
            if (draft.closesAt().isEmpty()) {
                throw new UserError("sondage.rappel.sans.echeance");
            }
            if (!draft.closesAt().get().minus(rules.reminder().get()).isAfter(now)) {
                throw new UserError("sondage.rappel.trop.tard");
            }
        }
        return new PollDraft(question, kind, options, draft.audience(), rules, draft.closesAt(), draft.authorId(), draft.origin());
    }

    /** A date poll's options are local dates and times ({@code 2024-03-12T20:00}), to come, each once. */
    private static void dates(List<String> options, Instant now, ZoneId zone) {
        Set<LocalDateTime> seen = new HashSet<>();
        for (String option : options) {
            LocalDateTime date;
            try {
                date = LocalDateTime.parse(option);
            } catch (DateTimeParseException e) {
                throw new UserError("sondage.dates.format", option);
            }
            if (!date.atZone(zone).toInstant().isAfter(now)) {
                throw new UserError("sondage.dates.passee", option.replace('T', ' '));
            }
            if (!seen.add(date)) {
                throw new UserError("sondage.option.double", option.replace('T', ' '));
            }
        }
    }

    /** A consultation answer as kept: stripped, neither empty nor too long. */
    static String answerText(Poll poll, String text) {
        String answer = text.strip();
        if (answer.isEmpty()) {
            throw new UserError("vote.reponse.vide", poll.key());
        }
        if (answer.length() > PollLimits.MAX_ANSWER_TEXT) {
            throw new UserError("vote.reponse.longue", PollLimits.MAX_ANSWER_TEXT, answer.length());
        }
        return answer;
    }

    private static List<String> options(PollKind kind, List<String> given, PollRules rules) {
        if (kind == PollKind.PROPOSAL || kind == PollKind.CONSULTATION) {
            if (!given.isEmpty()) {
                throw new UserError(kind == PollKind.PROPOSAL ? "sondage.proposition.sans.options" : "sondage.consultation.sans.options");
            }
            if (kind == PollKind.CONSULTATION) {
                return List.of();
            }
            List<String> fixed = new ArrayList<>(PROPOSAL_OPTIONS);
            if (rules.consent()) {
                fixed.add(BLOCK_OPTION);
            }
            return fixed;
        }
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String option : given) {
            String label = option.strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > PollLimits.MAX_OPTION_LABEL) {
                throw new UserError("sondage.option.longue", PollLimits.MAX_OPTION_LABEL, label.length());
            }
            if (!hasLetterOrDigit(label)) {
                // "--" (an option name left without its name), "—", "«»": nobody can vote for that
                throw new UserError("sondage.option.sans.mot", label);
            }
            if (!seen.add(Folding.forSearch(label))) {
                throw new UserError("sondage.option.double", label);
            }
            options.add(label);
        }
        if (options.size() < 2) {
            throw new UserError("sondage.une.option", options.size());
        }
        if (options.size() > PollLimits.MAX_OPTIONS) {
            throw new UserError("sondage.trop.options", PollLimits.MAX_OPTIONS, options.size());
        }
        return options;
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
