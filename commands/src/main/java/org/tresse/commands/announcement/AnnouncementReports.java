package org.tresse.commands.announcement;

import java.util.List;
import org.tresse.commands.CommandCall;
import org.tresse.commands.announcement.internal.Dates;
import org.tresse.core.Core;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.i18n.Texts;
import org.tresse.core.outbox.DeliveryCounts;

/** {@code /annonce N statut} (delivery per channel) and {@code /annonce N annuler}. */
final class AnnouncementReports {
    private final Core core;
    private final Announcements announcements;

    AnnouncementReports(Core core, Announcements announcements) {
        this.core = core;
        this.announcements = announcements;
    }

    void status(CommandCall call, Announcement announcement) {
        if (!Permissions.mayManage(call, announcement)) {
            throw call.fail("annonce.interdit");
        }
        Texts texts = call.conversation().texts();
        long id = announcement.id();
        switch (announcement.status()) {
            case PREVIEW:
                call.reply(announcement.isExpiredAt(core.clock().instant()) ? "annonce.statut.expiree" : "annonce.statut.apercu",
                        id, Dates.dateTime(texts, announcement.expiresAt(), core.zone()));
                return;
            case SCHEDULED:
                call.reply("annonce.statut.programmee", id,
                        Dates.dateTime(texts, announcement.scheduledAt().orElseThrow(), core.zone()));
                return;
            case CANCELLED:
                call.reply("annonce.statut.annulee", id);
                return;
            default:
                break;
        }
        List<DeliveryCounts> counts = core.outbox().counts(call.handle(), announcement.correlation());
        StringBuilder text = new StringBuilder(call.t("annonce.statut.envoyee", id,
                Dates.dateTime(texts, announcement.sentAt().orElseThrow(), core.zone()), announcement.recipients().orElse(0)));
        for (DeliveryCounts channel : counts) {
            text.append('\n').append(call.t("annonce.statut.canal", channel.channel(), channel.sent(), channel.pending(), channel.failed()));
            if (!channel.failureReasons().isEmpty()) {
                text.append('\n').append(call.t("annonce.statut.raisons", String.join(" ; ", channel.failureReasons())));
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
                core.scheduler().cancel(call.handle(), Broadcast.KIND, String.valueOf(id));
                announcements.markCancelled(call.handle(), id);
                call.reply("annonce.annulee", id);
                return;
            case CANCELLED:
                throw call.fail("annonce.deja.annulee", id);
            default:
                int stopped = core.outbox().cancel(call.handle(), announcement.correlation());
                if (stopped == 0) {
                    throw call.fail("annonce.deja.partie", id);
                }
                call.reply("annonce.envois.annules", id, stopped);
        }
    }
}
