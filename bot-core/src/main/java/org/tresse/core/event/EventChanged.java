package org.tresse.core.event;

import java.util.List;

/**
 * An event once changed.
 *
 * @param timeOrPlace the time, the length or the place changed: those who answered are told
 * @param promoted    persons moved from the waiting list to "yes" because there are more places now
 */
public record EventChanged(Event before, Event after, boolean timeOrPlace, List<Promotion> promoted) {
    public EventChanged {
        promoted = List.copyOf(promoted);
    }
}
