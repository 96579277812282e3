package org.tresse.commands;

/** What runs for text that is not a command (a private message becomes a voice, for instance). */
@FunctionalInterface
public interface FreeTextHandler extends InteractionHandler<String> {}
