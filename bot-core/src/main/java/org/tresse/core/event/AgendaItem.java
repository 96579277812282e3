package org.tresse.core.event;

import java.time.Instant;

/** One item of a meeting's agenda (ordre du jour); {@code number} is its place, from 1. */
public record AgendaItem(long id, int number, String text, long authorId, Instant createdAt) {}
