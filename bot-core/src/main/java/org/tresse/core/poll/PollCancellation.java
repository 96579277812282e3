package org.tresse.core.poll;

import java.time.Instant;

/** Why and by whom a poll was cancelled: its votes were discarded, nothing went to the register. */
public record PollCancellation(Instant at, long by, String reason) {}
