package org.tresse.core.poll;

import java.util.OptionalInt;

/**
 * A poll just opened, with what its author should be warned about.
 *
 * @param eligible          how many persons may vote now (absent for a public poll)
 * @param quorumUnreachable the quorum asks for more voters than there are eligible persons
 */
public record OpenedPoll(Poll poll, OptionalInt eligible, boolean quorumUnreachable) {}
