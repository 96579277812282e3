package org.tresse.testkit;

import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;

/** A message a {@link MemoryChannel} delivered, with its text rendered plain. */
public record Delivered(long outboxId, Destination destination, Content content, String text) {
    /** The user or room it went to. */
    public String to() {
        return destination instanceof Destination.Room room ? room.room() : ((Destination.Direct) destination).userId();
    }
}
