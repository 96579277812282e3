package org.tresse.web.view;

import java.util.List;
import org.tresse.web.Site;

/** The home page: open polls (with the answer form of open consultations), latest decisions and announcements, contacts. */
public record HomeView(List<PollCard> polls, List<DecisionLine> decisions, List<AnnouncementItem> announcements,
        List<Site.Contact> contacts, FormState answerForm, long answerPoll) {
    public HomeView {
        polls = List.copyOf(polls);
        decisions = List.copyOf(decisions);
        announcements = List.copyOf(announcements);
        contacts = List.copyOf(contacts);
    }

    /** The answer form of this poll: as typed when it comes back with an error, empty otherwise. */
    public FormState formFor(long pollId) {
        return pollId == answerPoll ? answerForm : FormState.empty();
    }
}
