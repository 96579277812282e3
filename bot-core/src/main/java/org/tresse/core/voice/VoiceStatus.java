package org.tresse.core.voice;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Where a voice is in the coordinators' triage. */
public enum VoiceStatus {
    NEW("nouveau", "new"),
    READ("lu", "read"),
    ANSWERED("repondu", "answered"),
    CLOSED("clos", "closed");

    private final String french;
    private final String english;

    VoiceStatus(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /** The French word, as typed in commands and shown in exports: {@code nouveau}, {@code lu}... */
    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    /** {@code nouveau}, {@code new}, {@code répondu}, {@code CLOSED}... in any case, accents ignored. */
    public static Optional<VoiceStatus> parse(String text) {
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        for (VoiceStatus status : values()) {
            if (status.french.equals(folded) || status.english.equals(folded) || status.name().equalsIgnoreCase(folded)) {
                return Optional.of(status);
            }
        }
        switch (folded) {
            case "nouvelle", "nouveaux":
                return Optional.of(NEW);
            case "repondue", "reponse":
                return Optional.of(ANSWERED);
            case "close", "clot", "ferme", "fermé":
                return Optional.of(CLOSED);
            default:
                return Optional.empty();
        }
    }
}
