package org.tresse.core.message;

import java.util.Objects;

/** Where an outbound message goes: a room of a channel, or one person in private on a channel. */
public sealed interface Destination {
    String channel();

    /** A room: a group chat, a Matrix room, a mailing list; or the private room an inbound came from. */
    record Room(String channel, String room, RoomKind kind) implements Destination {
        public Room {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** One person in private: the connector finds or opens the private conversation. */
    record Direct(String channel, String userId) implements Destination {
        public Direct {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(userId, "userId");
        }

        public static Direct to(Identity identity) {
            return new Direct(identity.channel(), identity.id());
        }
    }

    /** The key rate limits are counted on: one conversation. */
    default String conversationKey() {
        if (this instanceof Room room) {
            return "room:" + room.room();
        }
        return "direct:" + ((Direct) this).userId();
    }

    default boolean isGroup() {
        return this instanceof Room room && room.kind() == RoomKind.GROUP;
    }
}
