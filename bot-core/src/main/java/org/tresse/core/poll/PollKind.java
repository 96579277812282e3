package org.tresse.core.poll;

import java.util.Arrays;
import java.util.Optional;
import org.tresse.core.i18n.Vocabulary;
import org.tresse.core.message.PollPresentation;

/** How a poll is answered and tallied. */
public enum PollKind {
    /** Pour, contre, abstention (and blocage in consent mode): adopted or rejected. */
    PROPOSAL(PollPresentation.Kind.PROPOSAL),
    /** One option; most votes wins, ties are reported as ties. */
    SINGLE(PollPresentation.Kind.SINGLE),
    /** Up to k options; counts per option. */
    MULTIPLE(PollPresentation.Kind.MULTIPLE),
    /** A ranking; Schulze's Condorcet method. */
    RANKED(PollPresentation.Kind.RANKED),
    /** A grade per option; majority judgment. */
    JUDGMENT(PollPresentation.Kind.JUDGMENT),
    /** Free-text answers, collected as residents' voices. */
    CONSULTATION(PollPresentation.Kind.CONSULTATION),
    /**
     * Dates to choose (Framadate, Loomio's time poll): each date oui / si besoin / non; ranked by
     * "oui", then "si besoin". Channels show it as a multiple choice: the dates that suit.
     */
    DATES(PollPresentation.Kind.MULTIPLE);

    private final PollPresentation.Kind presentation;

    PollKind(PollPresentation.Kind presentation) {
        this.presentation = presentation;
    }

    /** The kind's word in exports and tools: {@code proposal}, {@code single}… */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public PollPresentation.Kind presentation() {
        return presentation;
    }

    /** Whether the poll has options people choose among (all kinds but consultation). */
    public boolean hasOptions() {
        return this != CONSULTATION;
    }

    /** A kind by one of its names, French or English ({@code mots.sorte.*}), case and accents ignored. */
    public static Optional<PollKind> parse(String text) {
        Vocabulary words = Vocabulary.of(Polls.BUNDLE);
        return Arrays.stream(values())
                .filter(kind -> kind.name().equalsIgnoreCase(text.strip()) || words.means("mots.sorte." + kind.name(), text))
                .findFirst();
    }
}
