package org.tresse.web.page;

import java.util.Map;
import java.util.Optional;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.AnnouncementPage;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.AudienceSpec;
import org.tresse.core.store.Handle;
import org.tresse.core.decision.Decision;
import org.tresse.core.poll.Poll;
import org.tresse.core.poll.PollKind;
import org.tresse.web.Site;
import org.tresse.web.view.AnnouncementItem;
import org.tresse.web.view.DecisionLine;
import org.tresse.web.view.Markdown;
import org.tresse.web.view.Page;
import org.tresse.web.view.PollCard;

/** Domain records as the pages list them, in the visitor's words. */
final class Lines {
    private Lines() {}

    static DecisionLine decision(Page page, Decision decision, Map<String, String> groupNames) {
        String outcome = decision.cancelled() ? page.t("issue.annulee") : page.t("issue." + decision.outcome().name());
        return new DecisionLine(decision.id(), decision.currentTitle(), page.date(decision.decidedOn()), page.iso(decision.decidedOn()),
                outcome, decision.group().map(slug -> groupNames.getOrDefault(slug, slug)), decision.cancelled());
    }

    static PollCard poll(Page page, Poll poll, Map<String, String> groupNames) {
        String kind = page.t("type." + poll.kind().name());
        String audience = poll.audience().open() ? page.t("audience.tous")
                : poll.audience().group().map(slug -> page.t("audience.groupe", groupNames.getOrDefault(slug, slug)))
                        .orElseGet(() -> page.t("audience.membres"));
        Optional<String> deadline = poll.closedAt().map(at -> page.t("sondage.clos.le", page.dateTime(at)))
                .or(() -> poll.closesAt().map(at -> page.t("sondage.jusqua", page.dateTime(at))));
        boolean answerHere = poll.isOpen() && poll.kind() == PollKind.CONSULTATION && poll.audience().open();
        return new PollCard(poll.id(), poll.question(), kind, audience, deadline, poll.isOpen(), answerHere);
    }

    /** The options as the visitor reads them: a proposal's in their language, none for a consultation. */
    static java.util.List<String> options(org.tresse.core.i18n.Texts t, Poll poll) {
        if (poll.kind() == PollKind.CONSULTATION) {
            return java.util.List.of();
        }
        if (poll.kind() == PollKind.DATES) {
            return org.tresse.web.view.Results.dateOptions(t, poll);
        }
        if (poll.kind() != PollKind.PROPOSAL) {
            return poll.options();
        }
        java.util.List<String> words = java.util.List.of("option.pour", "option.contre", "option.abstention", "option.blocage");
        return words.subList(0, Math.min(words.size(), poll.options().size())).stream().map(t::get).toList();
    }

    static AnnouncementItem announcement(Page page, Announcement announcement) {
        var at = announcement.sentAt().orElse(announcement.createdAt());
        return new AnnouncementItem(announcement.id(), page.date(at), page.iso(at), Markdown.html(announcement.text()));
    }

    /** An announcement for everyone, or for public groups only, may be shown. */
    static boolean isPublic(Site site, AudienceSpec audience) {
        return audience.everyone() || audience.groups().stream().allMatch(slug -> site.shows(Optional.of(slug)));
    }

    /** The public announcements, newest first: page {@code number} of {@code size}. */
    static AnnouncementPage publicAnnouncements(Handle handle, Announcements announcements, Site site, int number, int size) {
        return announcements.sentPage(handle, audience -> isPublic(site, audience), number, size);
    }

    static boolean isPublic(Site site, Poll poll) {
        return site.shows(poll.audience().group());
    }
}
