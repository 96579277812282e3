package org.tresse.print.report.sections;

import java.util.List;
import org.tresse.core.announcement.Announcements;
import org.tresse.core.announcement.Subscriptions;
import org.tresse.core.decision.Decisions;
import org.tresse.core.groups.Groups;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.People;
import org.tresse.core.poll.PollActivity;
import org.tresse.core.poll.Polls;
import org.tresse.core.voice.Voices;
import org.tresse.print.report.ReportSection;

/** The report's sections for the features Tresse has today, in their order; a later feature adds its own. */
public final class StandardSections {
    private StandardSections() {}

    public static List<ReportSection> of(People people, Groups groups, Outbox outbox, Subscriptions subscriptions, Polls polls,
            Decisions decisions, Voices voices, Announcements announcements) {
        PollActivity activity = new PollActivity();
        return List.of(
                new ReachSection(people, groups, outbox, subscriptions),
                new ParticipationSection(polls, activity),
                new DecisionSection(decisions),
                new VoiceSection(voices, groups),
                new AnnouncementSection(announcements, outbox),
                new ConsultationSection(polls, activity, voices));
    }
}
