package org.tresse.commands;

/** What a command does. Throw {@link org.tresse.core.engine.UserError} to refuse with an explanation. */
@FunctionalInterface
public interface CommandAction {
    void run(CommandCall call);
}
