package org.tresse.core.event;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/** What a coordinator changes in an event; what is empty stays as it is. */
public record EventChange(Optional<String> title, Optional<LocalDateTime> start, Optional<String> place, Optional<Duration> duration,
        OptionalInt capacity) {

    public boolean isEmpty() {
        return title.isEmpty() && start.isEmpty() && place.isEmpty() && duration.isEmpty() && capacity.isEmpty();
    }
}
