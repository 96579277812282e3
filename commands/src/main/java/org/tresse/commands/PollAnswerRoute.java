package org.tresse.commands;

import java.util.Objects;

/**
 * What runs for native poll answers whose key starts with {@code prefix} (an event's RSVP poll,
 * {@code e12.20240305}); the polls' answers, whose keys are numbers, go to {@link CommandRouter#POLL_ANSWERS}.
 */
public record PollAnswerRoute(String prefix, PollAnswerHandler handler) {
    public PollAnswerRoute {
        Objects.requireNonNull(handler, "handler");
        if (prefix == null || prefix.isEmpty() || Character.isDigit(prefix.charAt(0))) {
            throw new IllegalArgumentException("a poll answer route's prefix starts with a letter: " + prefix);
        }
    }
}
