package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/**
 * An event's public page: its next date (or its last, when it is over), what it is, how many
 * answered (counts only: a public page names nobody) and how to take part.
 *
 * @param next        the date shown, with its place
 * @param description paragraphs of the event's description
 * @param length      how long it lasts, in words
 * @param counts      the answers to the date shown, in words; empty when nobody can answer any more
 * @param places      the places left or "full", when places are counted
 * @param takePart    how to answer (Telegram, email), when it can still be answered
 * @param later       the next dates of a repeating event
 * @param state       a banner: cancelled, over
 */
public record EventView(EventCard next, List<String> description, String length, List<String> counts, Optional<String> places,
        List<Way> takePart, List<EventCard> later, Optional<String> state) {
    public EventView {
        description = List.copyOf(description);
        counts = List.copyOf(counts);
        takePart = List.copyOf(takePart);
        later = List.copyOf(later);
    }

    /** A way to answer: what to do, and the link that does it. */
    public record Way(String text, String href, String label) {}

    public String icsHref() {
        return "/evenements/" + next.id() + ".ics";
    }
}
