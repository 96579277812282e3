package org.tresse.core.event;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an answer became.
 *
 * @param waiting     "yes" with no place left: on the waiting list, at {@code position} (1 first)
 * @param unchanged   the same answer was already recorded
 * @param promoted    the person who got the place this answer freed
 * @param placesLeft  places still free after it, when the event has a limit
 */
public record RsvpOutcome(Rsvp answer, boolean waiting, int position, boolean unchanged, Optional<Promotion> promoted,
        OptionalInt placesLeft) {}
