package org.tresse.core.voice;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.message.Inbound;
import org.tresse.core.poll.ConsultationSink;
import org.tresse.core.poll.Poll;
import org.tresse.core.store.Handle;

/**
 * Makes every consultation answer a voice linked to its poll, tagged {@link #TAG}, so coordinators
 * triage it with {@code /avis-liste}, {@code /avis N}, {@code /repondre N}.
 * <ul>
 * <li>A secret consultation's answer is an anonymous voice, under the rules of {@code /avis --anonyme}
 *     ({@link Anonymity}): no author, no channel, the day only; the event is forgotten.</li>
 * <li>A person answering again: the new answer is a new voice and their earlier voices on that
 *     consultation are closed (still readable; {@code /avis N} lists them). Anonymous answers
 *     can't be told apart, by design: each stays a voice of its own.</li>
 * </ul>
 */
public final class ConsultationVoices implements ConsultationSink {
    /** The tag every consultation answer carries. */
    public static final String TAG = "consultation";
    private static final Logger log = LoggerFactory.getLogger(ConsultationVoices.class);

    private final Voices voices;
    private final VoiceDesk desk;

    public ConsultationVoices(Voices voices, VoiceDesk desk) {
        this.voices = voices;
        this.desk = desk;
    }

    @Override
    public void answered(Handle handle, Poll poll, long personId, Inbound inbound, String text) {
        Optional<Long> pollId = Optional.of(poll.id());
        VoiceText written = new VoiceText(text, List.of(TAG));
        if (poll.rules().secret()) {
            desk.anonymous(handle, inbound, personId, written, pollId);
        } else {
            Voice voice = desk.named(handle, inbound, personId, written, pollId);
            int closed = voices.closeEarlierAnswers(handle, poll.id(), personId, voice.id());
            log.debug("Consultation {}: answer kept as voice {} ({} earlier closed)", poll.id(), voice.id(), closed);
        }
    }
}
