package org.tresse.core.meeting;

import java.time.Instant;

/** A note taken during a meeting, for its minutes. */
public record MeetingNote(String text, long authorId, Instant createdAt) {}
