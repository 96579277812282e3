package org.tresse.core.voice;

import java.time.Instant;

/** A coordinator's answer to a voice, sent back to its author. */
public record VoiceAnswer(long id, long voiceId, long authorId, String authorName, String text, Instant createdAt) {}
