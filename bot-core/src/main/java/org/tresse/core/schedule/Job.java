package org.tresse.core.schedule;

import java.time.Instant;

/** Timed work: {@code kind} says which handler runs it, {@code reference} what it is about (a poll id...). */
public record Job(long id, String kind, String reference, Instant dueAt, int attempts) {}
