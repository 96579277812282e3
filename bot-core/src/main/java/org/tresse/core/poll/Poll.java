package org.tresse.core.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tresse.core.message.Destination;

/**
 * A poll as stored.
 *
 * @param options       the options' labels in order (for a proposal: pour, contre, abstention
 *                      and, in consent mode, blocage); empty for a consultation
 * @param closesAt      the deadline, if any
 * @param closedAt      when it was closed, if it is
 * @param origin        where it was created
 * @param eligibleAtClose how many could vote when it closed (absent for an open or public poll)
 * @param cancellation  for a poll cancelled instead of closed: when, by whom, why
 */
public record Poll(
        long id,
        String question,
        PollKind kind,
        List<String> options,
        Audience audience,
        PollRules rules,
        Optional<Instant> closesAt,
        long authorId,
        Instant createdAt,
        Optional<Instant> closedAt,
        Destination.Room origin,
        OptionalInt eligibleAtClose,
        Optional<Long> decisionId,
        Optional<PollCancellation> cancellation) {

    public Poll {
        options = List.copyOf(options);
    }

    /** A poll that was not cancelled. */
    public Poll(long id, String question, PollKind kind, List<String> options, Audience audience, PollRules rules,
            Optional<Instant> closesAt, long authorId, Instant createdAt, Optional<Instant> closedAt, Destination.Room origin,
            OptionalInt eligibleAtClose, Optional<Long> decisionId) {
        this(id, question, kind, options, audience, rules, closesAt, authorId, createdAt, closedAt, origin, eligibleAtClose,
                decisionId, Optional.empty());
    }

    /** Cancelled: closed with its votes discarded, without a result. */
    public boolean cancelled() {
        return cancellation.isPresent();
    }

    public boolean isOpen() {
        return closedAt.isEmpty();
    }

    /** The key channels carry in native polls and buttons: the poll number people type. */
    public String key() {
        return String.valueOf(id);
    }

    /** Results may be shown now. */
    public boolean resultsVisible() {
        return !cancelled() && (!isOpen() || !rules.resultsHidden());
    }
}
