package org.tresse.core.poll.internal;

import java.util.List;
import java.util.Optional;
import org.tresse.core.engine.UserError;
import org.tresse.core.groups.Groups;
import org.tresse.core.people.People;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Poll;
import org.tresse.core.store.Handle;

/** Who may answer a poll: anyone for a public one, a group's members, or the association's members. */
public final class Eligibility {
    private final People people;
    private final Groups groups;

    public Eligibility(People people, Groups groups) {
        this.people = people;
        this.groups = groups;
    }

    /** Why this person may not answer this poll now, if they may not. */
    public Optional<UserError> refusal(Handle handle, Poll poll, long personId, boolean verified) {
        if (!poll.isOpen()) {
            return Optional.of(new UserError("sondage.clos", poll.key()));
        }
        if (poll.audience().open()) {
            return Optional.empty();
        }
        if (!verified) {
            return Optional.of(new UserError("vote.non.verifie", poll.key()));
        }
        if (poll.audience().group().isPresent()) {
            String group = poll.audience().group().get();
            return groups.isMember(handle, personId, group) ? Optional.empty()
                    : Optional.of(new UserError("vote.pas.membre.groupe", group));
        }
        return people.hasRole(handle, personId, Role.MEMBER, Optional.empty()) ? Optional.empty()
                : Optional.of(new UserError("vote.pas.membre"));
    }

    /** The persons who may vote; empty for a public poll. */
    public Optional<List<Long>> voters(Handle handle, Poll poll) {
        if (poll.audience().open()) {
            return Optional.empty();
        }
        if (poll.audience().group().isPresent()) {
            return Optional.of(groups.members(handle, poll.audience().group().get()));
        }
        return Optional.of(people.withRole(handle, Role.MEMBER, Optional.empty()));
    }
}
