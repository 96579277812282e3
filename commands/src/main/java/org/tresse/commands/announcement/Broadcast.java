package org.tresse.commands.announcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.AnnouncementStatus;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Audience;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.schedule.Job;
import org.tresse.core.store.Handle;

/**
 * Puts an announcement in the outbox for its audience as it is at that moment, in ONE
 * transaction (the caller's): rooms get the text as typed; subscribers in private get it with a
 * line on how to unsubscribe, in their language. Each connector renders the Markdown subset.
 */
final class Broadcast {
    static final String KIND = "announcement.send";
    private static final Logger log = LoggerFactory.getLogger(Broadcast.class);

    private final Announcements announcements;
    private final Outbox outbox;
    private final I18n i18n;

    Broadcast(Announcements announcements, Outbox outbox, I18n i18n) {
        this.announcements = announcements;
        this.outbox = outbox;
        this.i18n = i18n;
    }

    /** Enqueues every message and marks the announcement sent; returns how many messages. */
    int send(Handle handle, Announcement announcement) {
        Audience audience = announcements.audience(handle, announcement.audience());
        String correlation = announcement.correlation();
        if (!audience.rooms().isEmpty()) {
            outbox.enqueueAll(handle, new ArrayList<>(audience.rooms()), Content.broadcast(announcement.text()), correlation);
        }
        Map<Language, List<Destination>> byLanguage = new LinkedHashMap<>();
        for (Audience.Recipient recipient : audience.people()) {
            Language language = recipient.language() == null ? i18n.defaultLanguage() : recipient.language();
            byLanguage.computeIfAbsent(language, any -> new ArrayList<>()).add(recipient.destination());
        }
        byLanguage.forEach((language, destinations) -> {
            String footer = i18n.texts(language).get("annonce.pied");
            outbox.enqueueAll(handle, destinations, Content.broadcast(announcement.text() + "\n\n" + footer).in(language), correlation);
        });
        announcements.markSent(handle, announcement.id(), audience.size());
        log.info("Announcement {} enqueued for {} recipients", announcement.id(), audience.size());
        return audience.size();
    }

    /** The scheduled job: sends the announcement if it is still scheduled (not cancelled). */
    void runScheduled(Handle handle, Job job) {
        long id;
        try {
            id = Long.parseLong(job.reference());
        } catch (NumberFormatException e) {
            log.warn("Scheduled announcement job {} has a bad reference", job.id());
            return;
        }
        announcements.find(handle, id)
                .filter(announcement -> announcement.status() == AnnouncementStatus.SCHEDULED)
                .ifPresent(announcement -> send(handle, announcement));
    }
}
