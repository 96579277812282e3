package org.tresse.core.poll;

/** The limits of a poll, each with its own clear refusal. */
public final class PollLimits {
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_OPTION_LABEL = 300;
    public static final int MAX_ANSWER_TEXT = 4000;

    private PollLimits() {}
}
