package org.tresse.core.poll.tally;

import java.util.List;
import java.util.OptionalInt;

/**
 * A date poll's tally: per date, how many said oui, si besoin, non; the dates ranked by oui, then
 * si besoin, then their order in the poll.
 *
 * @param best the first date of the ranking, empty when no date suits anyone
 */
public record DatesResult(List<DateCount> dates, List<Integer> order, OptionalInt best, Turnout turnout) implements PollResult {
    public DatesResult {
        dates = List.copyOf(dates);
        order = List.copyOf(order);
    }

    /** One date's answers. */
    public record DateCount(int yes, int ifNeedBe, int no) {}
}
