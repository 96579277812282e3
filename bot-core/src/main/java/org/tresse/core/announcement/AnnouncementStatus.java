package org.tresse.core.announcement;

/** The life of an announcement. */
public enum AnnouncementStatus {
    /** Shown to its author, waiting for {@code /confirmer N}; expires after {@link Announcements#PREVIEW_VALIDITY}. */
    PREVIEW,
    /** Confirmed, to be sent at its scheduled time. */
    SCHEDULED,
    /** Its messages are in the outbox (delivered or on their way). */
    SENT,
    /** Cancelled before it was sent. */
    CANCELLED
}
