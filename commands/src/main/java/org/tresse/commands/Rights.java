package org.tresse.commands;

import org.tresse.core.engine.Conversation;
import org.tresse.core.people.Grant;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;

/** Rights finer than one role in one place, as commands and {@code /aide} ask them. */
public final class Rights {
    private Rights() {}

    /**
     * Whether the person may act as {@code role} in the association or in at least one group, and
     * the channel vouches for them (an unverified email acts as a resident).
     */
    public static boolean somewhere(People people, Conversation conversation, Role role) {
        if (role == Role.RESIDENT) {
            return true;
        }
        if (!conversation.inbound().verified()) {
            return false;
        }
        for (Grant grant : people.grants(conversation.handle(), conversation.person().id())) {
            if (grant.role().includes(role)) {
                return true;
            }
        }
        return false;
    }
}
