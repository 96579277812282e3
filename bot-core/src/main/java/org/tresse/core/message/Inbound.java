package org.tresse.core.message;

import java.util.Objects;
import java.util.Optional;

/**
 * One event from a channel, channel-neutral.
 *
 * @param channel     the connector's channel name, e.g. {@code telegram}
 * @param eventId     the channel's own id for the event; unique per channel, so a redelivered
 *                    event is recognised
 * @param room        where it was written (a chat id, a room id, a mailbox)
 * @param roomKind    private or group
 * @param sender      who wrote it
 * @param senderName  a display name, may be empty
 * @param payload     text, button press or poll answer
 * @param cursor      the connector's position after this event, stored in the same transaction
 * @param verified    the channel vouches for the sender (always, on chat channels); false for an
 *                    email whose {@code From} nothing confirms: the sender then acts as a resident
 */
public record Inbound(
        String channel,
        String eventId,
        String room,
        RoomKind roomKind,
        Identity sender,
        String senderName,
        Payload payload,
        Optional<Cursor> cursor,
        boolean verified) {

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(roomKind, "roomKind");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(payload, "payload");
        senderName = senderName == null ? "" : senderName;
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    /** A text message with no cursor. */
    public static Inbound text(String channel, String eventId, String room, RoomKind kind, Identity sender, String text) {
        return new Inbound(channel, eventId, room, kind, sender, sender.id(), new Payload.Text(text), Optional.empty(), true);
    }

    public Inbound withCursor(Cursor newCursor) {
        return new Inbound(channel, eventId, room, roomKind, sender, senderName, payload, Optional.of(newCursor), verified);
    }

    /** The text of a text message, or empty. */
    public Optional<String> text() {
        return payload instanceof Payload.Text text ? Optional.of(text.text()) : Optional.empty();
    }

    public boolean isPrivate() {
        return roomKind == RoomKind.PRIVATE;
    }
}
