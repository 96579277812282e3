package org.tresse.core.poll;

import java.util.Optional;
import org.tresse.core.message.PollPresentation;
import org.tresse.core.poll.internal.Folding;

/** How a poll is answered and tallied. */
public enum PollKind {
    /** Pour, contre, abstention (and blocage in consent mode): adopted or rejected. */
    PROPOSAL("proposition", "proposal", PollPresentation.Kind.PROPOSAL),
    /** One option; most votes wins, ties are reported as ties. */
    SINGLE("choix", "single", PollPresentation.Kind.SINGLE),
    /** Up to k options; counts per option. */
    MULTIPLE("multiple", "multiple", PollPresentation.Kind.MULTIPLE),
    /** A ranking; Schulze's Condorcet method. */
    RANKED("classement", "ranked", PollPresentation.Kind.RANKED),
    /** A grade per option; majority judgment. */
    JUDGMENT("jugement", "judgment", PollPresentation.Kind.JUDGMENT),
    /** Free-text answers, collected as residents' voices. */
    CONSULTATION("consultation", "consultation", PollPresentation.Kind.CONSULTATION);

    private final String french;
    private final String english;
    private final PollPresentation.Kind presentation;

    PollKind(String french, String english, PollPresentation.Kind presentation) {
        this.french = french;
        this.english = english;
        this.presentation = presentation;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    public PollPresentation.Kind presentation() {
        return presentation;
    }

    /** Whether the poll has options people choose among (all kinds but consultation). */
    public boolean hasOptions() {
        return this != CONSULTATION;
    }

    /** A kind by its French or English name, or a usual synonym; case and accents ignored. */
    public static Optional<PollKind> parse(String text) {
        String name = Folding.fold(text);
        for (PollKind kind : values()) {
            if (kind.french.equals(name) || kind.english.equals(name) || kind.name().equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        switch (name) {
            case "choix unique", "unique", "simple", "choice":
                return Optional.of(SINGLE);
            case "choix multiple", "plusieurs", "multi":
                return Optional.of(MULTIPLE);
            case "condorcet", "schulze", "rang", "rangs", "ranking":
                return Optional.of(RANKED);
            case "jugement majoritaire", "majority judgment", "majority judgement", "judgement", "mention", "mentions":
                return Optional.of(JUDGMENT);
            case "question", "avis", "question ouverte", "open":
                return Optional.of(CONSULTATION);
            case "motion", "consentement", "consent":
                return Optional.of(PROPOSAL);
            default:
                return Optional.empty();
        }
    }
}
