package org.tresse.commands;

import org.tresse.core.engine.Conversation;

/** Handles what is not a command: free text, a button press, a poll answer. */
@FunctionalInterface
public interface InteractionHandler<T> {
    void handle(Conversation conversation, T payload);
}
