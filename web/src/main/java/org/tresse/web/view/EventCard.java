package org.tresse.web.view;

import java.util.Optional;

/**
 * One date of a public event as the agenda lists it, in the visitor's words.
 *
 * @param when      the date and time, in the association's zone
 * @param isoStart  the same for {@code <time datetime>}
 * @param cancelled this date is called off
 * @param repeats   other dates follow (a repeating event)
 */
public record EventCard(long id, String title, String when, String isoStart, Optional<String> place, Optional<String> group,
        Optional<String> partner, boolean cancelled, boolean repeats) {
    public String href() {
        return "/evenements/" + id;
    }
}
