package org.tresse.core.poll;

import java.time.Instant;
import java.util.Optional;

/** A free-text answer to a consultation; {@code personId} is empty when it was anonymous. */
public record ConsultationAnswer(long id, long pollId, Optional<Long> personId, String text, Instant createdAt) {}
