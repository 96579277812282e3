package org.tresse.core.decision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a public reader may see of the register, on top of a {@link DecisionQuery}: decisions up
 * to a day, and none of the groups kept off the public pages.
 *
 * @param until        the last day decided on, included
 * @param hiddenGroups the groups whose decisions stay out
 */
public record DecisionScope(Optional<LocalDate> until, Set<String> hiddenGroups) {
    public static final DecisionScope EVERYTHING = new DecisionScope(Optional.empty(), Set.of());

    public DecisionScope {
        hiddenGroups = Set.copyOf(hiddenGroups);
    }

    /** Whether a decision of {@code group} may be shown. */
    public boolean shows(Optional<String> group) {
        return group.map(slug -> !hiddenGroups.contains(slug)).orElse(true);
    }
}
