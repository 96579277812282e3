package org.tresse.core.voice;

import java.util.Optional;
import org.tresse.core.message.Inbound;
import org.tresse.core.store.Handle;

/**
 * Where a voice is kept, whatever brought it (a chat message, {@code /avis}, a consultation
 * answer, the web form): named, with where it came from so the answer goes back there; or
 * anonymous, under {@link Anonymity}'s rules (no author, the event and a newcomer forgotten). Either
 * way the coordinators' next batch is scheduled. Runs in the caller's transaction; sends nothing
 * (each intake writes its own receipt).
 */
public final class VoiceDesk {
    private final Voices voices;
    private final Anonymity anonymity;
    private final VoiceBatchSchedule batch;

    public VoiceDesk(Voices voices, Anonymity anonymity, VoiceBatchSchedule batch) {
        this.voices = voices;
        this.anonymity = anonymity;
        this.batch = batch;
    }

    /** Keeps {@code written} as a voice of {@code personId}, sent as {@code inbound}; answering poll {@code pollId} if present. */
    public Voice named(Handle handle, Inbound inbound, long personId, VoiceText written, Optional<Long> pollId) {
        VoiceSource source = new VoiceSource(inbound.channel(), inbound.room(), inbound.roomKind(), inbound.sender().id(),
                inbound.eventId(), inbound.verified());
        Voice voice = voices.leave(handle, written.text(), written.tags(), personId, source, pollId);
        batch.ensureScheduled(handle);
        return voice;
    }

    /** Keeps {@code written} with nothing joining it to {@code personId} nor to {@code inbound}. */
    public void anonymous(Handle handle, Inbound inbound, long personId, VoiceText written, Optional<Long> pollId) {
        voices.leaveAnonymously(handle, written.text(), written.tags(), pollId);
        anonymity.forgetEvent(handle, inbound.channel(), inbound.eventId());
        anonymity.forgetNewcomer(handle, personId);
        batch.ensureScheduled(handle);
    }
}
