package org.tresse.core.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One date of a repeating event that differs from the rule (an exception): moved, at another
 * place, or cancelled.
 *
 * @param occurrence the day the rule gives (the occurrence's key, whatever it became)
 */
public record OccurrenceChange(LocalDate occurrence, boolean cancelled, Optional<LocalDateTime> movedTo, Optional<String> place) {
    public OccurrenceChange {
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(movedTo, "movedTo");
        Objects.requireNonNull(place, "place");
    }
}
