package org.tresse.core.voice;

import java.util.Arrays;
import java.util.Optional;
import org.tresse.core.i18n.Texts;
import org.tresse.core.i18n.Vocabulary;

/** Where a voice is in the coordinators' triage. */
public enum VoiceStatus {
    NEW,
    READ,
    ANSWERED,
    CLOSED;

    /** The texts of the voices' domain words: how each status is written and read. */
    public static final String BUNDLE = "org.tresse.core.voice.texts";

    /** How the status is written, in {@code texts}' language: {@code nouveau}, {@code lu}… */
    public String word(Texts texts) {
        return texts.get("statut." + name());
    }

    /** {@code nouveau}, {@code new}, {@code répondu}, {@code CLOSED}... in any case, accents ignored. */
    public static Optional<VoiceStatus> parse(String text) {
        Vocabulary words = Vocabulary.of(BUNDLE);
        return Arrays.stream(values())
                .filter(status -> status.name().equalsIgnoreCase(text.strip()) || words.means("mots.statut." + status.name(), text))
                .findFirst();
    }
}
