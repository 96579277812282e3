package org.tresse.core.poll;

import java.util.Optional;
import org.tresse.core.decision.Decision;
import org.tresse.core.poll.tally.PollResult;

/** A poll just closed: its final result and, for a proposal, the decision recorded. */
public record ClosedPoll(Poll poll, PollResult result, Optional<Decision> decision) {}
