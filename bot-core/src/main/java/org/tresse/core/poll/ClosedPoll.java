package org.tresse.core.poll;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tresse.core.decision.Decision;
import org.tresse.core.poll.tally.PollResult;

/**
 * A poll just closed: its final result and, for a proposal, the decision recorded.
 *
 * @param voters who took part, each with the channel they last answered from (null if unknown):
 *               to tell them the result there. Empty for a secret poll, which keeps no list.
 */
public record ClosedPoll(Poll poll, PollResult result, Optional<Decision> decision, Map<Long, String> voters) {
    public ClosedPoll {
        voters = Collections.unmodifiableMap(new LinkedHashMap<>(voters));
    }

    /** A closed poll whose voters are not told one by one. */
    public ClosedPoll(Poll poll, PollResult result, Optional<Decision> decision) {
        this(poll, result, decision, Map.of());
    }
}
