package org.tresse.core.engine;

import java.util.List;
import java.util.Optional;
import org.tresse.core.channel.Channels;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.people.People;
import org.tresse.core.store.Handle;

/** Where to write to a person in private: on the channel they last wrote from, else on any of theirs that can. */
public final class Reach {
    private final People people;
    private final InboundLog inboundLog;
    private final Channels channels;

    public Reach(People people, InboundLog inboundLog, Channels channels) {
        this.people = people;
        this.inboundLog = inboundLog;
        this.channels = channels;
    }

    /** The person's private conversation Tresse should use; empty if they have no identity. */
    public Optional<Destination.Direct> privately(Handle handle, long personId) {
        List<Identity> identities = people.identities(handle, personId);
        if (identities.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> last = inboundLog.lastChannel(handle, personId);
        Identity chosen = identities.stream()
                .filter(identity -> last.isPresent() && identity.channel().equals(last.get()) && canWritePrivately(identity))
                .findFirst()
                .orElse(identities.stream().filter(this::canWritePrivately).findFirst().orElse(identities.get(0)));
        return Optional.of(Destination.Direct.to(chosen));
    }

    /** The channel the person last wrote from. */
    public Optional<String> lastChannel(Handle handle, long personId) {
        return inboundLog.lastChannel(handle, personId);
    }

    private boolean canWritePrivately(Identity identity) {
        return channels.capabilitiesOrPlain(identity.channel()).privateMessages();
    }
}
