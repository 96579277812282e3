package org.tresse.core.engine;

/**
 * What runs for each inbound event, inside its transaction: the command router, in practice.
 * Throw {@link UserError} to refuse with an explanation; any other exception is logged and
 * answered with a generic message, and what the handler wrote is undone.
 */
@FunctionalInterface
public interface MessageHandler {
    void handle(Conversation conversation);
}
