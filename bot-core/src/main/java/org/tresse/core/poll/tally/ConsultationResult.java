package org.tresse.core.poll.tally;

/** A consultation: how many answers, from how many persons (anonymous answers count one each). */
public record ConsultationResult(int answers, Turnout turnout) implements PollResult {}
