package org.tresse.core.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A search of the register: every word must appear (case and accents ignored) in the title, the
 * text or a revision; newest first.
 *
 * @param page from 1
 */
public record DecisionQuery(List<String> words, Optional<String> group, Optional<LocalDate> since, int page, int pageSize) {
    public DecisionQuery {
        words = List.copyOf(words);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1");
        }
    }

    public static DecisionQuery all() {
        return new DecisionQuery(List.of(), Optional.empty(), Optional.empty(), 1, Integer.MAX_VALUE / 2);
    }
}
