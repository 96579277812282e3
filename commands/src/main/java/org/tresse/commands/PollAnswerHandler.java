package org.tresse.commands;

import org.tresse.core.message.Payload;

/** What runs when someone answers a poll shown natively by the channel. */
@FunctionalInterface
public interface PollAnswerHandler extends InteractionHandler<Payload.PollAnswer> {}
