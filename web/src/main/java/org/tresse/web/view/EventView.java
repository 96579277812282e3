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
 * @param answer      the person's own answer and its buttons, on the page their personal link opened
 */
public record EventView(EventCard next, List<String> description, String length, List<String> counts, Optional<String> places,
        List<Way> takePart, List<EventCard> later, Optional<String> state, Optional<Answer> answer) {
    public EventView(EventCard next, List<String> description, String length, List<String> counts, Optional<String> places,
            List<Way> takePart, List<EventCard> later, Optional<String> state) {
        this(next, description, length, counts, places, takePart, later, state, Optional.empty());
    }

    public EventView {
        description = List.copyOf(description);
        counts = List.copyOf(counts);
        takePart = List.copyOf(takePart);
        later = List.copyOf(later);
    }

    /** The same page with the person's answer form (and no how-to: the buttons are the way). */
    public EventView withAnswer(Answer form) {
        return new EventView(next, description, length, counts, places, List.of(), later, state, Optional.of(form));
    }

    /**
     * The person's answer form: where it posts, its one-time id, the date it answers, the person's
     * answer in words and as {@code YES}/{@code MAYBE}/{@code NO}, and what Tresse just said.
     */
    public record Answer(String action, String formId, String date, String mine, Optional<String> chosen, Optional<Message> notice) {
        public boolean chosen(String answer) {
            return chosen.filter(answer::equals).isPresent();
        }
    }

    /** A way to answer: what to do, and the link that does it. */
    public record Way(String text, String href, String label) {}

    public String icsHref() {
        return "/evenements/" + next.id() + ".ics";
    }
}
