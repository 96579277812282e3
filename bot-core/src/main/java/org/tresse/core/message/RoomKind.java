package org.tresse.core.message;

/** A private conversation between the bot and one person, or a room many people read. */
public enum RoomKind {
    PRIVATE,
    GROUP
}
