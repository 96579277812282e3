package org.tresse.core.decision;

import java.util.List;

/** One page of a search, and how many decisions matched in all. */
public record DecisionPage(List<Decision> decisions, long total, int page, int pageSize) {
    public DecisionPage {
        decisions = List.copyOf(decisions);
    }

    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
