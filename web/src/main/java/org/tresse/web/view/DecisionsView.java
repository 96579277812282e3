package org.tresse.web.view;

import java.util.List;
import java.util.Optional;

/** The register: the search as typed, the groups to filter by, one page of results and the way to the others. */
public record DecisionsView(FormState search, List<GroupChoice> groups, List<DecisionLine> decisions, long total, int pageNumber,
        long pages, Optional<String> previous, Optional<String> next) {
    public DecisionsView {
        groups = List.copyOf(groups);
        decisions = List.copyOf(decisions);
    }

    /** A group in the filter: its id, its name, whether it is the one chosen. */
    public record GroupChoice(String slug, String name, boolean selected) {}
}
