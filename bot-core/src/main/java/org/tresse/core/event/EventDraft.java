package org.tresse.core.event;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An event as asked for; {@link Events#create} checks it.
 *
 * @param proposed a partner's submission: waits for a coordinator's approval
 * @param pollId   the date poll it comes from
 */
public record EventDraft(
        String title,
        Optional<String> description,
        Optional<String> group,
        Optional<String> place,
        LocalDateTime start,
        Duration duration,
        Optional<Recurrence> recurrence,
        OptionalInt capacity,
        boolean open,
        Optional<String> partner,
        boolean proposed,
        long authorId,
        Optional<Long> pollId) {

    public EventDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
    }

    /** The same draft starting at {@code newStart} (a date poll's chosen date). */
    public EventDraft at(LocalDateTime newStart) {
        return new EventDraft(title, description, group, place, newStart, duration, recurrence, capacity, open, partner, proposed,
                authorId, pollId);
    }
}
