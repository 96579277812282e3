package org.tresse.core.voice;

import java.util.Objects;
import org.tresse.core.message.Destination;
import org.tresse.core.message.Identity;
import org.tresse.core.message.RoomKind;

/**
 * Where a named voice came from, so an answer goes back the same way. An anonymous voice has none.
 *
 * @param channel the channel it was written on
 * @param room    the room it was written in (the private chat, or a group room)
 * @param kind    private or group
 * @param sender  the sender's id on the channel
 * @param eventId the channel's id of the message, to answer it as a reply in a group
 * @param verified the channel vouched for the sender; false for an email nothing authenticates,
 *                whose author may be forged
 */
public record VoiceSource(String channel, String room, RoomKind kind, String sender, String eventId, boolean verified) {
    public VoiceSource {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sender, "sender");
    }

    /** A source the channel vouches for. */
    public VoiceSource(String channel, String room, RoomKind kind, String sender, String eventId) {
        this(channel, room, kind, sender, eventId, true);
    }

    /** The room the voice was written in, as a destination. */
    public Destination.Room destination() {
        return new Destination.Room(channel, room, kind);
    }

    public Identity identity() {
        return new Identity(channel, sender);
    }
}
