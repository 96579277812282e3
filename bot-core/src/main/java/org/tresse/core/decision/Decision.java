package org.tresse.core.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entry of the register as first recorded, with its history. It is never edited: what it says
 * now is {@link #currentTitle()} and {@link #currentBody()}, the latest revision's.
 *
 * @param pollVote    for a decision taken by a poll, its tally
 * @param recordedBy  the coordinator who recorded it; empty when a poll's close recorded it
 */
public record Decision(
        long id,
        String title,
        String body,
        Optional<String> group,
        LocalDate decidedOn,
        Source source,
        Outcome outcome,
        Optional<Long> pollId,
        Optional<PollVote> pollVote,
        Optional<Long> recordedBy,
        Instant recordedAt,
        List<DecisionEvent> history) {

    public Decision {
        history = List.copyOf(history);
    }

    /** How a decision was taken. */
    public enum Source {
        MEETING,
        POLL
    }

    /** What was decided: recorded as such (a meeting), or a proposal adopted or rejected. */
    public enum Outcome {
        RECORDED,
        ADOPTED,
        REJECTED
    }

    public String currentTitle() {
        String current = title;
        for (DecisionEvent event : history) {
            if (event.kind() == DecisionEvent.Kind.REVISED && event.title().isPresent()) {
                current = event.title().get();
            }
        }
        return current;
    }

    public String currentBody() {
        String current = body;
        for (DecisionEvent event : history) {
            if (event.kind() == DecisionEvent.Kind.REVISED && event.body().isPresent()) {
                current = event.body().get();
            }
        }
        return current;
    }

    public Optional<DecisionEvent> cancellation() {
        return history.stream().filter(event -> event.kind() == DecisionEvent.Kind.CANCELLED).findFirst();
    }

    public boolean cancelled() {
        return cancellation().isPresent();
    }

    public long revisions() {
        return history.stream().filter(event -> event.kind() == DecisionEvent.Kind.REVISED).count();
    }
}
