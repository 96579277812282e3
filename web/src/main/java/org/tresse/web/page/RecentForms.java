package org.tresse.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last forms handled whose event the engine forgets (an anonymous voice leaves no row that
 * would recognise it): in memory only, so the same form sent twice (a double click, a browser
 * retry) is kept once while nothing in the file names it. Bounded: the oldest go first; lost at
 * restart.
 */
final class RecentForms {
    private final Map<String, Boolean> seen;

    RecentForms(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time {@code eventId} is claimed; false while it is being or was handled. */
    synchronized boolean claim(String eventId) {
        return seen.putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    /** The form was refused or failed: sent again, it is handled again. */
    synchronized void release(String eventId) {
        seen.remove(eventId);
    }
}
