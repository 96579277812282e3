package org.tresse.core.decision;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The tally of the proposal that took a decision: as it was at close, kept with the decision.
 *
 * @param eligible       how many persons could vote (absent for a public poll)
 * @param quorumRequired 0 when there was no quorum
 * @param threshold      the threshold as written ({@code 2/3}), empty for a simple majority
 */
public record PollVote(
        int pour,
        int contre,
        int abstention,
        int blocage,
        int voters,
        OptionalInt eligible,
        int quorumRequired,
        boolean quorumMet,
        Optional<String> threshold,
        boolean consent) {}
