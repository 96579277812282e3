package org.tresse.core.announcement;

import java.util.List;

/** One page of sent announcements, newest first: {@code page} counts from 1; {@code total} is of every page. */
public record AnnouncementPage(List<Announcement> announcements, long total, int page, int pageSize) {
    public AnnouncementPage {
        announcements = List.copyOf(announcements);
    }

    /** How many pages there are, at least one (empty). */
    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
