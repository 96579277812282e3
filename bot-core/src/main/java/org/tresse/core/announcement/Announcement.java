package org.tresse.core.announcement;

import java.time.Instant;
import java.util.Optional;

/**
 * An announcement typed once by a coordinator for every channel.
 *
 * @param text        in Tresse's Markdown subset; each connector renders it
 * @param expiresAt   when an unconfirmed preview can no longer be confirmed
 * @param scheduledAt when to send it, if not at once
 * @param recipients  how many messages were enqueued, once sent
 */
public record Announcement(
        long id,
        long authorId,
        String text,
        AudienceSpec audience,
        AnnouncementStatus status,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> scheduledAt,
        Optional<Instant> sentAt,
        Optional<Integer> recipients) {

    /** The outbox correlation of its messages, for delivery reports and cancelling. */
    public String correlation() {
        return Announcements.correlation(id);
    }

    public boolean isExpiredAt(Instant now) {
        return status == AnnouncementStatus.PREVIEW && now.isAfter(expiresAt);
    }
}
