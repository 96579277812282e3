package org.tresse.core.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A resident's voice: a remark, a suggestion, a complaint, an answer to a consultation.
 *
 * @param id        the number people type ({@code /avis 12})
 * @param createdOn the day it was left (in the association's time zone)
 * @param createdAt the instant, for a named voice; empty for an anonymous one (only the day is kept)
 * @param personId  the author; empty for an anonymous voice
 * @param source    where to answer; empty for an anonymous voice
 * @param pollId    the consultation it answers, if any
 */
public record Voice(
        long id,
        String text,
        List<String> tags,
        VoiceStatus status,
        boolean anonymous,
        Optional<Long> personId,
        Optional<VoiceSource> source,
        LocalDate createdOn,
        Optional<Instant> createdAt,
        boolean announced,
        Optional<Long> pollId) {

    public Voice {
        tags = List.copyOf(tags);
    }

    /** Whether this person wrote it (never true of an anonymous voice). */
    public boolean isBy(long person) {
        return personId.isPresent() && personId.get() == person;
    }

    public Voice withTags(List<String> newTags) {
        return new Voice(id, text, newTags, status, anonymous, personId, source, createdOn, createdAt, announced, pollId);
    }
}
