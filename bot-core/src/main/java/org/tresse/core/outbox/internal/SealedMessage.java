package org.tresse.core.outbox.internal;

import org.tresse.core.message.Destination;
import org.tresse.core.message.RoomKind;

/** What a sealed outbox row holds: where it goes (its channel stays in clear) and its content as JSON. */
public record SealedMessage(String room, RoomKind kind, String recipient, String json) {
    public static String write(Destination destination, String json) {
        if (destination instanceof Destination.Room room) {
            return "R\n" + room.kind().name() + "\n" + room.room() + "\n" + json;
        }
        return "D\n-\n" + ((Destination.Direct) destination).userId() + "\n" + json;
    }

    public static SealedMessage read(String text) {
        String[] parts = text.split("\n", 4);
        return parts[0].equals("R")
                ? new SealedMessage(parts[2], RoomKind.valueOf(parts[1]), null, parts[3])
                : new SealedMessage(null, null, parts[2], parts[3]);
    }

    public Destination destination(String channel) {
        return room != null ? new Destination.Room(channel, room, kind) : new Destination.Direct(channel, recipient);
    }
}
