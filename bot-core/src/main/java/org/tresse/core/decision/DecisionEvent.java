package org.tresse.core.decision;

import java.time.Instant;
import java.util.Optional;

/** A change to a decision: a revision (new title and/or text) or its cancellation, with why. */
public record DecisionEvent(
        long id,
        Kind kind,
        Optional<String> title,
        Optional<String> body,
        Optional<String> reason,
        Optional<Long> personId,
        Instant happenedAt) {

    public enum Kind {
        REVISED,
        CANCELLED
    }
}
