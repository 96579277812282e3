package org.tresse.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting held on one date of an event.
 *
 * @param present   persons counted in the room (at least those named)
 * @param attendees persons named present in the room
 * @param online    persons following online
 * @param minutes   the minutes (Markdown), once closed
 */
public record Meeting(long id, long eventId, LocalDate occurrence, Instant openedAt, long openedBy, Optional<Instant> closedAt,
        int present, List<Long> attendees, int online, Optional<String> minutes) {

    public Meeting {
        attendees = List.copyOf(attendees);
    }

    public boolean isOpen() {
        return closedAt.isEmpty();
    }

    public String key() {
        return String.valueOf(id);
    }

    /** How the polls counted in this room name it. */
    public String source() {
        return "meeting:" + id;
    }
}
