package org.tresse.core.poll.tally;

/** How the first place was decided, so a result can say it. */
public enum TieBreak {
    /** No tie: the method alone decided. */
    NONE,
    /** Ranked: several Schulze winners; the one ranked first by more persons won. */
    FIRST_PREFERENCES,
    /** Majority judgment: same majority grade; the usual rule (removing median grades one by one) decided. */
    MAJORITY_VALUE,
    /** A complete tie: the option listed first in the poll was taken. */
    OPTION_ORDER
}
