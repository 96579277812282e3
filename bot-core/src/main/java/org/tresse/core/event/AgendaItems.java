package org.tresse.core.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tresse.core.engine.UserError;
import org.tresse.core.store.Handle;

/**
 * The agenda (ordre du jour) of one date of an event: members add items until a deadline before
 * it, coordinators at any time; it is sent with the reminder and opens the minutes. Owns the table
 * agenda_item. Every method runs in the caller's transaction; refusals are {@link UserError}s.
 */
public final class AgendaItems {
    public static final int MAX_ITEM = 500;
    public static final int MAX_ITEMS = 40;

    private final Clock clock;
    private final ZoneId zone;
    private final Duration closesBefore;

    public AgendaItems(Clock clock, ZoneId zone, EventRules rules) {
        this.clock = clock;
        this.zone = zone;
        this.closesBefore = rules.agendaCloses();
    }

    /** Adds an item to the agenda of one date; after the deadline, coordinators only. */
    public AgendaItem add(Handle handle, Occurrence occurrence, long personId, String text, boolean coordinator) {
        String item = text.strip().replaceAll("\\s+", " ");
        if (item.isEmpty()) {
            throw new UserError("odj.vide", occurrence.event().key());
        }
        if (item.length() > MAX_ITEM) {
            throw new UserError("odj.long", MAX_ITEM, item.length());
        }
        if (occurrence.cancelled()) {
            throw new UserError("rsvp.annule", occurrence.event().key(), occurrence.event().title());
        }
        Instant deadline = deadline(occurrence);
        if (!coordinator && !clock.instant().isBefore(deadline)) {
            throw new UserError("odj.ferme", occurrence.event().key(), deadline.atZone(zone).toLocalDate(),
                    deadline.atZone(zone).toLocalTime());
        }
        if (items(handle, occurrence).size() >= MAX_ITEMS) {
            throw new UserError("odj.plein", MAX_ITEMS);
        }
        handle.insert("insert into agenda_item (event_id, occurrence, text, author_id, created_at) values (?, ?, ?, ?, ?)",
                occurrence.event().id(), occurrence.key(), item, personId, clock.instant());
        List<AgendaItem> items = items(handle, occurrence);
        return items.get(items.size() - 1);
    }

    /** Until when members may add items to this date's agenda. */
    public Instant deadline(Occurrence occurrence) {
        return occurrence.startsAt(zone).minus(closesBefore);
    }

    /** The items, in the order they were added, numbered from 1. */
    public List<AgendaItem> items(Handle handle, Occurrence occurrence) {
        List<AgendaItem> items = new ArrayList<>();
        handle.list("select * from agenda_item where event_id = ? and occurrence = ? order by id", row -> {
            items.add(new AgendaItem(row.getLong("id"), items.size() + 1, row.getString("text"), row.getLong("author_id"),
                    Handle.instant(row, "created_at")));
            return null;
        }, occurrence.event().id(), occurrence.key());
        return items;
    }

    /** Removes item {@code number}: its author's, or anyone's for a coordinator. */
    public AgendaItem remove(Handle handle, Occurrence occurrence, int number, long personId, boolean coordinator) {
        List<AgendaItem> items = items(handle, occurrence);
        if (number < 1 || number > items.size()) {
            throw new UserError("odj.numero", number, items.size());
        }
        AgendaItem item = items.get(number - 1);
        if (item.authorId() != personId && !coordinator) {
            throw new UserError("odj.pas.le.votre", number);
        }
        handle.update("delete from agenda_item where id = ?", item.id());
        return item;
    }

    public void merge(Handle handle, long from, long into) {
        handle.update("update agenda_item set author_id = ? where author_id = ?", into, from);
    }
}
