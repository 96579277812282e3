package org.tresse.web.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tresse.core.store.Handle;

/**
 * The addresses visitors leave for an answer to their voice (table {@code web_contact}), keyed
 * by the page's room: kept six months at most, for every answer to that voice.
 */
public final class Contacts {
    public static final Duration RETENTION = Duration.ofDays(183);

    private final Clock clock;

    public Contacts(Clock clock) {
        this.clock = clock;
    }

    public void remember(Handle handle, String room, String address) {
        // a long run is not a licence to keep them longer: each new address forgets the expired ones
        purge(handle);
        handle.update("insert into web_contact (room, address, created_at) values (?, ?, ?)", room, address, clock.instant());
    }

    public Optional<String> find(Handle handle, String room) {
        return handle.one("select address from web_contact where room = ? and created_at >= ?", row -> row.getString(1), room,
                clock.instant().minus(RETENTION));
    }

    public void forget(Handle handle, String room) {
        handle.update("delete from web_contact where room = ?", room);
    }

    /** Forgets the addresses older than {@link #RETENTION}; returns how many. */
    public int purge(Handle handle) {
        return handle.update("delete from web_contact where created_at < ?", clock.instant().minus(RETENTION));
    }
}
