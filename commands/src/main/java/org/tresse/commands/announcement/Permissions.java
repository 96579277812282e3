package org.tresse.commands.announcement;

import java.util.Optional;
import org.tresse.commands.CommandCall;
import org.tresse.commands.Rights;
import org.tresse.core.announcement.Announcement;
import org.tresse.core.announcement.AudienceSpec;
import org.tresse.core.engine.Conversation;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;

/**
 * Who may announce: a coordinator of the whole association to anyone; a coordinator of a group
 * to that group only. An unverified sender (an email nothing vouches for) announces nothing.
 */
final class Permissions {
    private Permissions() {}

    /** A coordinator of the association or of at least one group. */
    static boolean coordinatesSomething(People people, CommandCall call) {
        return Rights.somewhere(people, call.conversation(), Role.COORDINATOR);
    }

    static boolean mayAnnounce(CommandCall call, AudienceSpec spec) {
        Conversation conversation = call.conversation();
        if (conversation.hasRole(Role.COORDINATOR, Optional.empty())) {
            return true;
        }
        return !spec.everyone() && spec.groups().stream().allMatch(group -> conversation.hasRole(Role.COORDINATOR, Optional.of(group)));
    }

    /** Its author, or anyone who could have sent it. */
    static boolean mayManage(CommandCall call, Announcement announcement) {
        return announcement.authorId() == call.personId() || mayAnnounce(call, announcement.audience());
    }
}
