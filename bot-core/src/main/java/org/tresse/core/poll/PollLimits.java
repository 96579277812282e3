package org.tresse.core.poll;

/** The limits of a poll, each with its own clear refusal. */
public final class PollLimits {
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_OPTION_LABEL = 300;
    public static final int MAX_ANSWER_TEXT = 4000;
    /** The live tally of an open secret poll moves only with at least this many persons' changes... */
    public static final int SECRET_TALLY_PERSONS = 3;
    /** ...and at most once in this long. */
    public static final java.time.Duration SECRET_TALLY_WINDOW = java.time.Duration.ofMinutes(15);

    /** The most votes a room may be counted for one option. */
    public static final int MAX_ROOM_VOTES = 100_000;

    private PollLimits() {}
}
