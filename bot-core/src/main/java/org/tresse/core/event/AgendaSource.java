package org.tresse.core.event;

import java.time.LocalDate;
import java.util.List;
import org.tresse.core.store.Handle;

/**
 * The agenda (ordre du jour) of one date of an event, sent with its reminder. The meetings
 * implement it, so that events know nothing of meetings.
 */
@FunctionalInterface
public interface AgendaSource {
    AgendaSource NONE = (handle, eventId, occurrence) -> List.of();

    /** The items, in the order they were added. */
    List<String> items(Handle handle, long eventId, LocalDate occurrence);
}
