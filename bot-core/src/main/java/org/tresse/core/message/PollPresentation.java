package org.tresse.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A poll as the core hands it to a channel that can show polls natively (a Telegram poll, a
 * Matrix poll event, an email ballot). Answers come back as {@link Payload.PollAnswer} carrying
 * {@link #key()}. A channel that cannot show it natively uses the message text, which always
 * explains how to vote by command.
 *
 * @param key            a short stable key for the poll (at most 32 characters)
 * @param kind           how answers are given
 * @param maxSelections  for multiple choice, how many options may be chosen; 1 otherwise
 * @param secret         a secret ballot: a channel must not show who chose what
 * @param resultsHidden  results are shown only at close
 * @param closesAt       the deadline, or null
 * @param closed         true for the message that ends the poll
 */
public record PollPresentation(
        String key,
        String question,
        List<String> options,
        Kind kind,
        int maxSelections,
        boolean secret,
        boolean resultsHidden,
        Instant closesAt,
        boolean closed) {

    /** The poll kinds a channel may have to present. */
    public enum Kind {
        PROPOSAL,
        SINGLE,
        MULTIPLE,
        RANKED,
        JUDGMENT,
        CONSULTATION
    }

    public PollPresentation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        if (key.length() > 32) {
            throw new IllegalArgumentException("poll key over 32 characters");
        }
    }

    /** True when the answer is a choice among options that a channel's native poll can take. */
    public boolean isChoice() {
        return kind == Kind.PROPOSAL || kind == Kind.SINGLE || kind == Kind.MULTIPLE;
    }
}
