package org.tresse.commands.announcement;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tresse.commands.CommandCall;
import org.tresse.commands.announcement.internal.Dates;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.i18n.Texts;
import org.tresse.core.outbox.DeliveryCounts;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.schedule.Scheduler;

/** {@code /annonce N statut} (delivery per channel) and {@code /annonce N annuler}. */
final class AnnouncementReports {
    private final Announcements announcements;
    private final Outbox outbox;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;

    AnnouncementReports(Announcements announcements, Outbox outbox, Scheduler scheduler, Clock clock, ZoneId zone) {
        this.announcements = announcements;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
    }

    void status(CommandCall call, Announcement announcement) {
        if (!Permissions.mayManage(call, announcement)) {
            throw call.fail("annonce.interdit");
        }
        Texts texts = call.conversation().texts();
        long id = announcement.id();
        switch (announcement.status()) {
            case PREVIEW:
                call.reply(announcement.isExpiredAt(clock.instant()) ? "annonce.statut.expiree" : "annonce.statut.apercu",
                        id, Dates.dateTime(texts, announcement.expiresAt(), zone));
                return;
            case SCHEDULED:
                call.reply("annonce.statut.programmee", id,
                        Dates.dateTime(texts, announcement.scheduledAt().orElseThrow(), zone));
                return;
            case CANCELLED:
                call.reply("annonce.statut.annulee", id);
                return;
            default:
                break;
        }
        List<DeliveryCounts> counts = outbox.counts(call.handle(), announcement.correlation());
        StringBuilder text = new StringBuilder(call.t("annonce.statut.envoyee", id,
                Dates.dateTime(texts, announcement.sentAt().orElseThrow(), zone), announcement.recipients().orElse(0)));
        for (DeliveryCounts channel : counts) {
            text.append('\n').append(call.t("annonce.statut.canal", channel.channel(), channel.sent(), channel.pending(), channel.failed()));
            if (!channel.failureReasons().isEmpty()) {
                Set<String> reasons = new LinkedHashSet<>();
                channel.failureReasons().forEach(stored -> reasons.add(DeliveryFailure.describeStored(texts, stored)));
                text.append('\n').append(call.t("annonce.statut.raisons", String.join(" ; ", reasons)));
            }
        }
        call.conversation().reply(text.toString());
    }

    void cancel(CommandCall call, Announcement announcement) {
        if (!Permissions.mayManage(call, announcement)) {
            throw call.fail("annonce.interdit");
        }
        long id = announcement.id();
        switch (announcement.status()) {
            case PREVIEW:
                announcements.markCancelled(call.handle(), id);
                call.reply("annonce.annulee", id);
                return;
            case SCHEDULED:
                scheduler.cancel(call.handle(), Broadcast.KIND, String.valueOf(id));
                announcements.markCancelled(call.handle(), id);
                call.reply("annonce.annulee", id);
                return;
            case CANCELLED:
                throw call.fail("annonce.deja.annulee", id);
            default:
                int stopped = outbox.cancel(call.handle(), announcement.correlation());
                if (stopped == 0) {
                    throw call.fail("annonce.deja.partie", id);
                }
                call.reply("annonce.envois.annules", id, stopped);
        }
    }
}
