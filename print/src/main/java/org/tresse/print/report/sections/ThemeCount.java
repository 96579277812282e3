package org.tresse.print.report.sections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many voices or answers carry each theme; one with none counts under "sans thème". */
final class ThemeCount {
    private final String none;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    ThemeCount(String none) {
        this.none = none;
    }

    void add(Collection<String> themes) {
        if (themes.isEmpty()) {
            counts.merge(none, 1L, Long::sum);
        }
        themes.forEach(theme -> counts.merge(theme, 1L, Long::sum));
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The themes, most frequent first (then by name), at most {@code limit}. */
    List<Map.Entry<String, Long>> top(int limit) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return sorted.size() <= limit ? sorted : sorted.subList(0, limit);
    }
}
