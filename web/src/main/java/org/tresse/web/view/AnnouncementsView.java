package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/** A page of the announcements archive: its items, newest first, and the way to the pages beside it. */
public record AnnouncementsView(List<AnnouncementItem> items, long number, long pages, Optional<String> previous,
        Optional<String> next) {
    public AnnouncementsView {
        items = List.copyOf(items);
    }
}
